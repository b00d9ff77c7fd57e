// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../app/dialog/settings';
import { createI18n } from '../../../../../renderer/i18n';
import { SettingsPanel } from '../../../../../renderer/shell/components/SettingsPanel';

afterEach(cleanup);

function renderPanel(settings: Settings = DEFAULT_SETTINGS, language: 'zh-CN' | 'en' = 'zh-CN') {
  const send = vi.fn();
  const t = createI18n(language).getFixedT(language);
  render(
    <div role="dialog" aria-labelledby="t">
      <SettingsPanel
        settings={settings}
        t={t}
        send={send}
        heading={<h2 id="t">{t('settings.title')}</h2>}
        close={<button type="button">{t('common.close')}</button>}
      />
    </div>,
  );
  return { send, user: userEvent.setup() };
}

describe('the settings panel', () => {
  it('has Close in its top bar, before the settings, and every setting by its visible label', () => {
    renderPanel(DEFAULT_SETTINGS, 'en');
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons[0]).toBe('Close');
    for (const name of ['Large', 'High contrast, dark', 'Slower', 'Louder', 'Read out on touch', 'More time']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Reset everything' })).toBeInTheDocument();
  });

  it('keeps the keypad’s order: text size, colours, speed, volume, reading out, more time, reset', () => {
    renderPanel();
    const order = screen.getAllByRole('button').map((b) => b.textContent);
    const at = (name: string) => order.indexOf(name);
    expect(at('较大')).toBeLessThan(at('深色'));
    expect(at('深色')).toBeLessThan(at('慢一点'));
    expect(at('大声一点')).toBeLessThan(at('触摸朗读'));
    expect(at('触摸朗读')).toBeLessThan(at('延长时间'));
    expect(at('延长时间')).toBeLessThan(at('全部恢复默认'));
  });

  it('shows what is chosen and sends each change', async () => {
    const { send, user } = renderPanel({ ...DEFAULT_SETTINGS, textSize: 3, moreTime: true });
    const sizes = screen.getByRole('group', { name: '文字大小' });
    expect(within(sizes).getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '延长时间' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '延长时间' })).toHaveAccessibleDescription(
      '开启后，每一步的等待时间加倍。',
    );
    await user.click(screen.getByRole('button', { name: '高对比度：黑底' }));
    await user.click(screen.getByRole('button', { name: '快一点' }));
    await user.click(screen.getByRole('button', { name: '延长时间' }));
    expect(send.mock.calls.map(([e]) => e)).toEqual([
      { type: 'user.setContrast', contrast: 'high' },
      { type: 'user.changeRate', delta: 1 },
      { type: 'user.setMoreTime', on: false },
    ]);
    expect(screen.getByText('现在：0.85 倍')).toBeInTheDocument();
  });
});
