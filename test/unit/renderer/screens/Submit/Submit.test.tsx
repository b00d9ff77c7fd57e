// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SubmitFailed, Submitting } from '../../../../../renderer/screens/Submit/Submit';
import type { ScreenProps } from '../../../../../renderer/shell/screenProps';
import { renderScreen } from '../support';

const callStaff = vi.fn();
const Failed = (p: ScreenProps) => <SubmitFailed {...p} onCallStaff={callStaff} />;

describe('submitting', () => {
  it('while saving, says so and offers nothing to press', () => {
    renderScreen(Submitting);
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('a failed save is said plainly, the draft kept, with Try again, Call staff and back to the review', async () => {
    const { user, sent } = renderScreen(Failed, { submitError: 'storage' });
    expect(screen.getByRole('alert')).toHaveTextContent('保存的地方出了问题。 您填写的内容都还在。');
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    await user.click(screen.getByRole('button', { name: '呼叫工作人员' }));
    await user.click(screen.getByRole('button', { name: '返回核对' }));
    expect(sent).toEqual([{ type: 'user.retry' }, { type: 'user.back' }]);
    expect(callStaff).toHaveBeenCalledTimes(1);
  });

  it('says each kind of failure in its own words', () => {
    for (const [code, words] of [
      ['network', '和服务器的连接断了。'],
      ['invalid', '有一项内容没有通过检查，请返回核对。'],
      [null, '出了点意外。'],
    ] as const) {
      const view = renderScreen(Failed, { submitError: code });
      expect(screen.getByRole('alert')).toHaveTextContent(words);
      view.unmount();
    }
  });
});
