import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { CONTRASTS, RATES, type Settings, TEXT_SIZES, VOLUMES } from '../../../app/dialog/settings';
import type { KioskOnlyEvent } from '../../../app/dialog/types';
import { OptionGroup } from '../../components/OptionGroup';
import './SettingsPanel.css';

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
  /** The dialog's heading and its Close button, which the panel places in its top bar, always in view. */
  heading: ReactNode;
  close: ReactNode;
}

/**
 * The settings, inside the overlay dialog: a top bar with the heading and
 * Close, then every setting at once, laid out on a grid (SettingsPanel.css)
 * so that all of them, notes included, fit on the screen at the page's own
 * text size even at the largest, without scrolling. Every change applies at once, so the resident sees
 * (and hears) it before closing. Choices are buttons with `aria-pressed`, one
 * group per setting; rate and volume step one at a time, as the keypad's keys
 * do. The order in the page is the order of reading and of the keypad's arrows.
 */
export function SettingsPanel({ settings, t, send, heading, close }: Props) {
  return (
    <div className="settings">
      <div className="settings-top">
        <div className="settings-title">
          {heading}
          <p className="note">{t('settings.intro')}</p>
        </div>
        {close}
      </div>
      <div className="settings-groups" data-testid="settings-groups">
        <fieldset className="settings-group settings-size">
          <legend>{t('settings.textSizeLegend')}</legend>
          <OptionGroup
            className="settings-choices"
            toggles
            values={TEXT_SIZES}
            isChosen={(size) => settings.textSize === size}
            label={(size) => t(`settings.sizes.${size}`)}
            onChoose={(size) => send({ type: 'user.setTextSize', size })}
          />
        </fieldset>
        <fieldset className="settings-group settings-colours">
          <legend>{t('settings.contrastLegend')}</legend>
          <OptionGroup
            className="settings-choices"
            toggles
            values={CONTRASTS}
            isChosen={(contrast) => settings.contrast === contrast}
            label={(contrast) => t(`settings.contrasts.${contrast}`)}
            onChoose={(contrast) => send({ type: 'user.setContrast', contrast })}
          />
        </fieldset>
        <fieldset className="settings-group settings-rate">
          <legend>{t('settings.rateLegend')}</legend>
          <span className="settings-value">{t('settings.rateValue', { value: RATES[settings.rateStep] })}</span>
          <div className="settings-steps">
            <button type="button" className="btn" onClick={() => send({ type: 'user.changeRate', delta: -1 })}>
              {t('settings.slower')}
            </button>
            <button type="button" className="btn" onClick={() => send({ type: 'user.changeRate', delta: 1 })}>
              {t('settings.faster')}
            </button>
          </div>
        </fieldset>
        <fieldset className="settings-group settings-volume">
          <legend>{t('settings.volumeLegend')}</legend>
          <span className="settings-value">
            {t('settings.volumeValue', { percent: Math.round((VOLUMES[settings.volumeStep] ?? 0) * 100) })}
          </span>
          <div className="settings-steps">
            <button type="button" className="btn" onClick={() => send({ type: 'user.changeVolume', delta: -1 })}>
              {t('settings.quieter')}
            </button>
            <button type="button" className="btn" onClick={() => send({ type: 'user.changeVolume', delta: 1 })}>
              {t('settings.louder')}
            </button>
          </div>
        </fieldset>
        <div className="settings-group settings-explore">
          <button
            type="button"
            className="btn"
            aria-pressed={settings.exploreByTouch}
            aria-describedby="settings-explore-note"
            onClick={() => send({ type: 'user.setExploreByTouch', on: !settings.exploreByTouch })}
          >
            {t('settings.exploreByTouch')}
          </button>
          <p id="settings-explore-note" className="note settings-note">
            {t('settings.exploreByTouchNote')}
          </p>
        </div>
        <div className="settings-group settings-time">
          <button
            type="button"
            className="btn"
            aria-pressed={settings.moreTime}
            aria-describedby="settings-time-note"
            onClick={() => send({ type: 'user.setMoreTime', on: !settings.moreTime })}
          >
            {t('settings.moreTime')}
          </button>
          <p id="settings-time-note" className="note settings-note">
            {t('settings.moreTimeNote')}
          </p>
        </div>
        <div className="settings-group settings-reset">
          <button type="button" className="btn" onClick={() => send({ type: 'user.resetSettings' })}>
            {t('settings.reset')}
          </button>
        </div>
      </div>
    </div>
  );
}
