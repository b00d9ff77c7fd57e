import { LANGUAGE_ENDONYMS } from '../../../app/i18n/languages';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';

/** Welcome: touch anywhere or press any key to start; one button per language. */
export function Welcome({ send, config, t, speechOff }: ScreenProps & { speechOff: 'off' | 'no-voice' | null }) {
  return (
    <ScreenLayout>
      <p>{t('welcome.intro')}</p>
      <button
        type="button"
        className="btn btn-primary start-button"
        data-start
        onClick={() => send({ type: 'user.start' })}
      >
        {t('welcome.touchToStart')}
      </button>
      <fieldset className="row plain languages">
        <legend className="sr-only">{t('welcome.chooseLanguage')}</legend>
        {config.languages.map((language) => (
          <button
            key={language}
            type="button"
            className="btn"
            lang={language}
            onClick={() => send({ type: 'user.setLanguage', language })}
          >
            {LANGUAGE_ENDONYMS[language]}
          </button>
        ))}
      </fieldset>
      {speechOff && (
        <p className="note">
          {speechOff === 'no-voice' ? `${t('speech.error.no-voice')} ${t('app.voiceOff')}` : t('app.voiceOff')}
        </p>
      )}
    </ScreenLayout>
  );
}
