import type { TFunction } from 'i18next';
import { CONTRASTS, RATES, type Settings, TEXT_SIZES, VOLUMES } from '../../../app/dialog/settings';
import type { KioskOnlyEvent } from '../../../app/dialog/types';

type SettingsEventType =
  | 'user.setTextSize'
  | 'user.setContrast'
  | 'user.changeRate'
  | 'user.changeVolume'
  | 'user.setExploreByTouch'
  | 'user.setMoreTime'
  | 'user.resetSettings';
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
/** What the settings panel asks of the kiosk; the shell adds how (touch or keypad). */
export type SettingsEvent = DistributiveOmit<Extract<KioskOnlyEvent, { type: SettingsEventType }>, 'mode'>;

interface Props {
  settings: Settings;
  t: TFunction;
  send(event: SettingsEvent): void;
}

/**
 * The settings, inside the overlay dialog that Overlays.tsx gives it (its
 * heading and Close stay in view; this part scrolls when it must): every
 * change applies at once, so the resident sees (and hears) it before closing.
 * Choices are buttons with `aria-pressed`, one group per setting; rate and
 * volume step one at a time, as the keypad's keys do.
 */
export function SettingsPanel({ settings, t, send }: Props) {
  return (
    <div className="settings-body">
      <p className="note settings-intro">{t('settings.intro')}</p>
      <fieldset className="plain settings-group">
        <legend>{t('settings.textSizeLegend')}</legend>
        <div className="row">
          {TEXT_SIZES.map((size) => (
            <button
              key={size}
              type="button"
              className="btn"
              aria-pressed={settings.textSize === size}
              onClick={() => send({ type: 'user.setTextSize', size })}
            >
              {t(`settings.sizes.${size}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="plain settings-group">
        <legend>{t('settings.contrastLegend')}</legend>
        <div className="row">
          {CONTRASTS.map((contrast) => (
            <button
              key={contrast}
              type="button"
              className="btn"
              aria-pressed={settings.contrast === contrast}
              onClick={() => send({ type: 'user.setContrast', contrast })}
            >
              {t(`settings.contrasts.${contrast}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="plain settings-group">
        <legend>{t('settings.rateLegend')}</legend>
        <div className="row">
          <button type="button" className="btn" onClick={() => send({ type: 'user.changeRate', delta: -1 })}>
            {t('settings.slower')}
          </button>
          <span className="settings-value">{t('settings.rateValue', { value: RATES[settings.rateStep] })}</span>
          <button type="button" className="btn" onClick={() => send({ type: 'user.changeRate', delta: 1 })}>
            {t('settings.faster')}
          </button>
        </div>
      </fieldset>
      <fieldset className="plain settings-group">
        <legend>{t('settings.volumeLegend')}</legend>
        <div className="row">
          <button type="button" className="btn" onClick={() => send({ type: 'user.changeVolume', delta: -1 })}>
            {t('settings.quieter')}
          </button>
          <span className="settings-value">
            {t('settings.volumeValue', { percent: Math.round((VOLUMES[settings.volumeStep] ?? 0) * 100) })}
          </span>
          <button type="button" className="btn" onClick={() => send({ type: 'user.changeVolume', delta: 1 })}>
            {t('settings.louder')}
          </button>
        </div>
      </fieldset>
      <div className="settings-group">
        <button
          type="button"
          className="btn"
          aria-pressed={settings.exploreByTouch}
          aria-describedby="settings-explore-note"
          onClick={() => send({ type: 'user.setExploreByTouch', on: !settings.exploreByTouch })}
        >
          {t('settings.exploreByTouch')}
        </button>
        <p id="settings-explore-note" className="note">
          {t('settings.exploreByTouchNote')}
        </p>
      </div>
      <div className="settings-group">
        <button
          type="button"
          className="btn"
          aria-pressed={settings.moreTime}
          aria-describedby="settings-time-note"
          onClick={() => send({ type: 'user.setMoreTime', on: !settings.moreTime })}
        >
          {t('settings.moreTime')}
        </button>
        <p id="settings-time-note" className="note">
          {t('settings.moreTimeNote')}
        </p>
      </div>
      <div className="settings-group">
        <button type="button" className="btn" onClick={() => send({ type: 'user.resetSettings' })}>
          {t('settings.reset')}
        </button>
      </div>
    </div>
  );
}
