// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Welcome } from '../../../../../renderer/screens/Welcome/Welcome';
import { renderScreen } from '../support';

describe('the welcome screen', () => {
  it('starts on a touch of the start button, and offers each of the centre’s languages by its own name', async () => {
    const { user, sent } = renderScreen((p) => <Welcome {...p} speechOff={null} />);
    await user.click(screen.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }));
    const languages = screen.getByRole('group', { name: '选择语言' });
    expect([...languages.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('lang')])).toEqual([
      ['简体中文', 'zh-CN'],
      ['English', 'en'],
      ['粵語', 'zh-HK'],
    ]);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(sent).toEqual([{ type: 'user.start' }, { type: 'user.setLanguage', language: 'en' }]);
  });

  it('chooses a language by keys: Tab to it, then Enter or Space', async () => {
    const { user, sent } = renderScreen((p) => <Welcome {...p} speechOff={null} />);
    await user.tab();
    expect(screen.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' })).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: '粵語' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(sent).toEqual([
      { type: 'user.setLanguage', language: 'zh-HK' },
      { type: 'user.setLanguage', language: 'zh-HK' },
    ]);
  });

  it('offers only the languages the centre has', () => {
    renderScreen((p) => <Welcome {...p} speechOff={null} />, {}, { config: { languages: ['zh-CN', 'en'] } });
    expect(screen.queryByRole('button', { name: '粵語' })).toBeNull();
    expect(screen.getByRole('button', { name: 'English' })).toBeInTheDocument();
  });

  it('says why the kiosk is silent: voice off, or no voice for this language', () => {
    const off = renderScreen((p) => <Welcome {...p} speechOff="off" />);
    expect(screen.getByText(off.t('app.voiceOff'))).toBeInTheDocument();
    off.unmount();
    const none = renderScreen((p) => <Welcome {...p} speechOff="no-voice" />);
    expect(screen.getByText(`${none.t('speech.error.no-voice')} ${none.t('app.voiceOff')}`)).toBeInTheDocument();
  });
});
