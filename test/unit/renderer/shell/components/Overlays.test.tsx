// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../app/dialog/settings';
import type { Language } from '../../../../../app/i18n/languages';
import { createI18n } from '../../../../../renderer/i18n';
import { Overlay, type OverlayKind } from '../../../../../renderer/shell/components/Overlays';

afterEach(cleanup);

function renderOverlay(kind: OverlayKind, language: Language = 'zh-CN', countdown = null as null | { leftMs: number }) {
  const onClose = vi.fn();
  const onContinue = vi.fn();
  const onSettings = vi.fn();
  render(
    <Overlay
      kind={kind}
      helpText="这里是帮助"
      countdown={countdown && { kind: 'idleWarning', totalMs: 30_000, leftMs: countdown.leftMs }}
      t={createI18n(language).getFixedT(language)}
      onClose={onClose}
      onContinue={onContinue}
      settings={DEFAULT_SETTINGS}
      onSettings={onSettings}
    />,
  );
  return { onClose, onContinue, onSettings, user: userEvent.setup() };
}

describe('the overlays', () => {
  it('lies on a scrim over the screen, as a modal dialog named by its heading, which takes focus', () => {
    renderOverlay('help');
    const dialog = screen.getByRole('dialog', { name: '帮助' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog.parentElement).toHaveAttribute('data-scrim');
    expect(screen.getByRole('heading', { name: '帮助' })).toHaveFocus();
    expect(dialog).toHaveTextContent('这里是帮助');
  });

  it('tells a resident who called staff what happens next, in each language', () => {
    renderOverlay('staffCalled');
    expect(screen.getByRole('status')).toHaveTextContent(
      '已经通知工作人员，请在这里稍候。工作人员会到这台机器旁边来找您。等候的时候，您可以关闭这个提示，继续操作',
    );
    cleanup();
    renderOverlay('staffCalled', 'en');
    expect(screen.getByRole('status')).toHaveTextContent('Someone from the centre will come to this kiosk to find you');
    cleanup();
    renderOverlay('staffCalled', 'zh-HK');
    expect(screen.getByRole('status')).toHaveTextContent('職員會嚟呢部機旁邊搵你');
  });

  it('shows the idle countdown the kiosk machine gives, as a large number and in words, with Continue', async () => {
    const { onContinue, user } = renderOverlay('idleWarning', 'zh-CN', { leftMs: 17_000 });
    const warning = screen.getByRole('alertdialog', { name: '您还在吗？' });
    expect(warning.querySelector('.countdown-number')).toHaveTextContent('17');
    expect(warning).toHaveTextContent('如果没有操作，17 秒后会清除您填写的内容，回到首页。');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the dialog, round from the last control to the first and back', async () => {
    const { user } = renderOverlay('settings', 'en');
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    const buttons = [...dialog.querySelectorAll('button')];
    buttons.at(-1)!.focus();
    await user.tab();
    expect(buttons[0]).toHaveFocus();
    expect(buttons[0]).toHaveAccessibleName('Close');
    await user.tab({ shift: true });
    expect(buttons.at(-1)).toHaveFocus();
  });

  it('closes by its Close button', async () => {
    const { onClose, user } = renderOverlay('staffCallFailed');
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
