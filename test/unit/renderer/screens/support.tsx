// Component tests of the kiosk's screens, under jsdom with Testing Library: each screen rendered
// alone with a dialog context, its events recorded. What only a real browser shows (layout, fonts,
// contrast, focus moves across screens, speech) stays in test/e2e.
import '@testing-library/jest-dom/vitest';
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { afterEach } from 'vitest';
import type { KioskConfigView } from '../../../../app/contract/kioskApi';
import { emptyContext } from '../../../../app/dialog/dialogMachine';
import type { DialogContext } from '../../../../app/dialog/types';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import type { Language } from '../../../../app/i18n/languages';
import { createI18n } from '../../../../renderer/i18n';
import type { ScreenProps, SendUser } from '../../../../renderer/shell/screenProps';

afterEach(cleanup);

export const CONFIG: KioskConfigView = {
  kioskId: 'kiosk-1',
  centreName: { 'zh-CN': '幸福社区', en: 'Xingfu Community', 'zh-HK': '幸福社區' },
  languages: ['zh-CN', 'en', 'zh-HK'],
  defaultLanguage: 'zh-CN',
  catalogue: [...DEFAULT_CATALOGUE],
  timing: { idleMs: 60_000, warningMs: 30_000, receiptMs: 45_000 },
  speech: { provider: 'scripted' },
  printing: false,
};

/** A dialog context with these answers, in the centre's default language unless given. */
export function contextWith(answers: Partial<DialogContext> = {}): DialogContext {
  return { ...emptyContext({ catalogue: CONFIG.catalogue, defaultLanguage: 'zh-CN' }), ...answers };
}

type Sent = Parameters<SendUser>[0];

/**
 * Renders a screen as the shell would (props built from `answers`, strings in the context's
 * language) and records every event it sends. `user` is Testing Library's user-event: clicks are
 * touches, `user.keyboard` the keys of a keypad or keyboard.
 */
export function renderScreen(
  Screen: ComponentType<ScreenProps>,
  answers: Partial<DialogContext> = {},
  options: { config?: Partial<KioskConfigView>; speak?: ScreenProps['speak'] } = {},
) {
  const ctx = contextWith(answers);
  const sent: Sent[] = [];
  const send: SendUser = (event) => sent.push(event);
  const t = createI18n(ctx.language as Language).getFixedT(ctx.language);
  const config = { ...CONFIG, ...options.config };
  const user = userEvent.setup();
  const view = render(<Screen ctx={ctx} send={send} config={config} t={t} speak={options.speak} />);
  return { ...view, sent, user, t, ctx, config };
}
