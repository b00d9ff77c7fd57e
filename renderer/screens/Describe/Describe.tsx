import { useId } from 'react';
import { descriptionLength } from '../../../app/dialog/draft';
import { LIMITS } from '../../../app/domain/limits';
import { FieldError } from '../../components/FieldError';
import { OptionGroup } from '../../components/OptionGroup';
import { ScreenLayout } from '../../components/ScreenLayout';
import { categoryPhrases, findEntry } from '../../shell/catalogueText';
import type { ScreenProps } from '../../shell/screenProps';
import './Describe.css';

/** Quick phrases that combine, and free text; the whole text is kept even past the limit. */
export function Describe({ ctx, send, config, t, speak }: ScreenProps) {
  const textId = useId();
  const hintId = useId();
  const counterId = useId();
  const code = ctx.category ?? '';
  const phrases = categoryPhrases(findEntry(config, code), code, ctx.language, t);
  const count = descriptionLength(ctx);
  const over = count - LIMITS.description;
  // "Or say it" only where the kiosk has a voice and listens: a native OS voice may speak without hearing.
  const listens = speak !== undefined && (config.speech.provider === 'azure' || config.speech.provider === 'scripted');
  return (
    <ScreenLayout primary={{ label: t('common.next'), onClick: () => send({ type: 'user.next' }) }}>
      <div className="describe">
        <div className="describe-phrases">
          <fieldset className="field plain">
            <legend>{t('describe.phrases')}</legend>
            <OptionGroup
              className="grid-2 describe-options"
              large
              toggles
              values={phrases}
              isChosen={(phrase) => ctx.phrases.includes(phrase)}
              label={(phrase) => phrase}
              onChoose={(phrase) => send({ type: 'user.togglePhrase', phrase })}
            />
          </fieldset>
          {/* Under the phrases, where a wide screen has room to spare; it describes the text box too. */}
          <p id={hintId} className="note describe-hint">
            {t(listens ? 'describe.hintVoice' : 'describe.hint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={textId}>{t('describe.textLabel')}</label>
          <textarea
            id={textId}
            className="describe-text"
            rows={4}
            value={ctx.freeText}
            aria-describedby={`${hintId} ${counterId}`}
            aria-invalid={over > 0 || ctx.fieldError !== null}
            onChange={(e) => send({ type: 'user.setDescription', text: e.target.value })}
          />
          <p id={counterId} className={over > 0 ? 'error' : 'note'}>
            {t('describe.counter', { count, max: LIMITS.description })}
          </p>
          {over > 0 && ctx.fieldError !== 'describe.error.tooLong' && (
            <p className="error" role="alert">
              {t('describe.error.tooLong', { max: LIMITS.description, over })}
            </p>
          )}
        </div>
      </div>
      <FieldError ctx={ctx} t={t} values={{ max: LIMITS.description, over }} />
    </ScreenLayout>
  );
}
