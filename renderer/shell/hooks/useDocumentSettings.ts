import type { i18n as I18n } from 'i18next';
import { type RefObject, useEffect } from 'react';
import type { Settings } from '../../../app/dialog/settings';
import type { Language } from '../../../app/i18n/languages';

/**
 * The session's language and display settings on the page itself: the
 * document's language, text size, contrast and the screen blanked in
 * audio-first mode, which the style sheet and assistive technology read there.
 */
export function useDocumentSettings(i18n: I18n, language: Language, settings: Settings) {
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    document.documentElement.dataset.textSize = String(settings.textSize);
    document.documentElement.dataset.contrast = settings.contrast;
  }, [settings.textSize, settings.contrast]);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-screen-off', settings.screenOff);
  }, [settings.screenOff]);
}

const BLOCKS = '[data-overlay] p, main p, main dt, main dd:not(.review-change), main legend';

/** In audio-first mode every block of text can take focus, so that it can be heard again; after every render, as blocks come and go. */
export function useFocusableText(rootRef: RefObject<HTMLElement | null>, audioFirst: boolean) {
  useEffect(() => {
    for (const block of rootRef.current?.querySelectorAll<HTMLElement>(BLOCKS) ?? []) {
      if (audioFirst) block.tabIndex = 0;
      else block.removeAttribute('tabindex');
    }
  });
}
