// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LookupResult, LookupStage } from '../../../../../app/dialog/types';
import { Lookup } from '../../../../../renderer/screens/Lookup/Lookup';
import type { ScreenProps } from '../../../../../renderer/shell/screenProps';
import { renderScreen } from '../support';

const at = (stage: LookupStage) => (p: ScreenProps) => <Lookup {...p} stage={stage} />;
const RESULT: LookupResult = {
  ref: '1234566',
  status: 'forwarded',
  updatedAt: '2025-03-02T10:00:00+08:00',
  verified: false,
  publicNote: null,
};

describe('checking progress', () => {
  it('takes the seven-digit reference on the keypad, shown grouped, and checks it', async () => {
    const { user, sent } = renderScreen(at('ref'), { lookupRef: '12345' });
    expect(screen.getByRole('status', { name: '编号' })).toHaveTextContent('123 45');
    await user.click(screen.getByRole('button', { name: '6' }));
    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(sent).toEqual([
      { type: 'user.setLookupRef', ref: '123456' },
      { type: 'user.setLookupRef', ref: '1234' },
      { type: 'user.next' },
    ]);
  });

  it('takes no eighth digit of a reference, nor a fifth of the phone’s last four', async () => {
    const ref = renderScreen(at('ref'), { lookupRef: '1234567' });
    await ref.user.click(screen.getByRole('button', { name: '8' }));
    expect(ref.sent).toEqual([{ type: 'user.setLookupRef', ref: '1234567' }]);
    ref.unmount();
    const last4 = renderScreen(at('phone'), { phoneLast4: '800' });
    expect(screen.getByRole('status', { name: '电话后四位' })).toHaveTextContent('800');
    await last4.user.click(screen.getByRole('button', { name: '0' }));
    await last4.user.click(screen.getByRole('button', { name: '清空' }));
    expect(last4.sent).toEqual([
      { type: 'user.setPhoneLast4', digits: '8000' },
      { type: 'user.setPhoneLast4', digits: '' },
    ]);
  });

  it('says the lookup’s refusal plainly', () => {
    renderScreen(at('ref'), { lookupRef: '1234567', fieldError: 'lookup.error.not-found' });
    expect(screen.getByRole('alert')).toHaveTextContent('没有找到这个编号，请核对回执上的编号。');
  });

  it('while checking, says so where messages go and keeps the keypad in place, with nothing that can be pressed', () => {
    renderScreen(at('checking'), { lookupRef: '1234566' });
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('正在查找这个编号，请稍候。');
    expect(screen.getByRole('status', { name: '编号' })).toHaveTextContent('123 4566');
    const buttons = screen.getAllByRole('button');
    expect(buttons.length).toBe(13);
    for (const button of buttons) expect(button).toBeDisabled();
  });

  it('says each mistake in a reference in its own words, in every language', () => {
    const said: Record<string, [string, string, string]> = {
      'lookup.error.empty': [
        '请先输入回执上的七位编号',
        'Please type the seven-digit reference number',
        '請先輸入收據上面嘅七位編號',
      ],
      'lookup.error.tooShort': ['编号还不够七位', 'some are missing', '編號未夠七位'],
      'lookup.error.tooLong': ['编号只有七位，请按删除', 'too many digits', '編號只有七位'],
      'lookup.error.mistyped': ['可能有一位数字输错了', 'one digit may be wrong', '可能有一個數字輸入錯咗'],
      'lookup.error.not-found': ['没有找到这个编号', 'No submission has this reference number', '搵唔到呢個編號'],
      'lookup.error.rate-limited': ['刚才试的次数太多', 'Too many tries', '啱啱試得太多次'],
    };
    for (const [key, texts] of Object.entries(said)) {
      (['zh-CN', 'en', 'zh-HK'] as const).forEach((language, i) => {
        const view = renderScreen(at('ref'), { language, lookupRef: '123', fieldError: key as 'lookup.error.empty' });
        expect(screen.getByRole('alert'), `${key} in ${language}`).toHaveTextContent(texts[i]!);
        view.unmount();
      });
    }
  });

  it('shows the status without the staff’s note, and offers the phone’s last four digits to see it', async () => {
    const { user, sent } = renderScreen(at('result'), { lookupResult: RESULT });
    expect(screen.getByText('123 4566')).toBeInTheDocument();
    expect(screen.getByText('已转交相关部门处理。')).toBeInTheDocument();
    expect(screen.getByText('最近更新：2025-03-02 10:00')).toBeInTheDocument();
    expect(screen.queryByText(/^工作人员留言：/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '输入电话后四位，看工作人员留言' }));
    await user.click(screen.getByRole('button', { name: '完成' }));
    expect(sent).toEqual([{ type: 'user.verify' }, { type: 'user.startOver' }]);
  });

  it('shows the staff’s note once the last four digits match, and says so when they do not', () => {
    const verified = renderScreen(at('result'), {
      lookupResult: { ...RESULT, verified: true, publicNote: '已转交物业，预计周五修好' },
      phoneLast4: '8000',
    });
    expect(screen.getByText('工作人员留言：已转交物业，预计周五修好')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '输入电话后四位，看工作人员留言' })).toBeNull();
    verified.unmount();
    const none = renderScreen(at('result'), { lookupResult: { ...RESULT, verified: true }, phoneLast4: '8000' });
    expect(screen.getByText('工作人员还没有留言。')).toBeInTheDocument();
    none.unmount();
    renderScreen(at('result'), { lookupResult: RESULT, phoneLast4: '1111' });
    expect(screen.getByRole('alert')).toHaveTextContent('电话后四位对不上，只能显示处理状态。');
  });
});
