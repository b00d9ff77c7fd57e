// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContactStage } from '../../../../../app/dialog/types';
import { Contact } from '../../../../../renderer/screens/Contact/Contact';
import type { ScreenProps } from '../../../../../renderer/shell/screenProps';
import { renderScreen } from '../support';

const at = (stage: ContactStage) => (p: ScreenProps) => <Contact {...p} stage={stage} />;

describe('contact details', () => {
  it('asks whether to leave a contact, says who sees it, and sends the choice', async () => {
    const { user, sent } = renderScreen(at('anonymity'));
    expect(screen.getByText(/只有社区工作人员能看到/)).toBeInTheDocument();
    expect(screen.getByText('匿名提交时不记录姓名和电话，工作人员无法回复您。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '匿名提交' }));
    await user.click(screen.getByRole('button', { name: '留下联系方式' }));
    expect(sent).toEqual([
      { type: 'user.chooseAnonymous', anonymous: true },
      { type: 'user.chooseAnonymous', anonymous: false },
    ]);
  });

  it('marks the answer given before as pressed', () => {
    renderScreen(at('anonymity'), { anonymous: false });
    expect(screen.getByRole('button', { name: '留下联系方式' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '匿名提交' })).not.toHaveAttribute('aria-pressed');
  });

  it('asks whether to be told by SMS, says the text holds no words of theirs, and sends the choice', async () => {
    const { user, sent } = renderScreen(at('sms'));
    expect(screen.getByText('短信只写编号和办理进度，不写您反映的内容。')).toBeInTheDocument();
    // No until the resident says yes.
    expect(screen.getByRole('button', { name: '不用短信' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '要，发短信告诉我' })).not.toHaveAttribute('aria-pressed');
    await user.click(screen.getByRole('button', { name: '要，发短信告诉我' }));
    await user.click(screen.getByRole('button', { name: '不用短信' }));
    expect(sent).toEqual([
      { type: 'user.chooseSms', consent: true },
      { type: 'user.chooseSms', consent: false },
    ]);
  });

  it('takes a name, optional: Skip while empty, Next once written', async () => {
    const empty = renderScreen(at('name'));
    await empty.user.type(screen.getByRole('textbox', { name: '称呼（可以不填）' }), '王');
    // Skip is offered, but as an ordinary button: the main one is Next.
    expect(screen.getByRole('button', { name: '跳过' })).not.toHaveClass('btn-primary');
    expect(screen.getByRole('button', { name: '下一步' })).toHaveClass('btn-primary');
    await empty.user.click(screen.getByRole('button', { name: '跳过' }));
    expect(empty.sent).toEqual([{ type: 'user.setName', name: '王' }, { type: 'user.next' }]);
    empty.unmount();
    renderScreen(at('name'), { name: '王阿姨' });
    expect(screen.getByRole('textbox', { name: '称呼（可以不填）' })).toHaveValue('王阿姨');
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument();
  });

  it('builds the phone number on the on-screen keypad: digits, Delete and Clear', async () => {
    const { user, sent } = renderScreen(at('phone'), { phone: '138' });
    const keypad = screen.getByRole('group', { name: '数字键盘' });
    expect([...keypad.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      ...'123456789',
      '清空',
      '0',
      '删除',
    ]);
    await user.click(screen.getByRole('button', { name: '1' }));
    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '清空' }));
    expect(sent).toEqual([
      { type: 'user.setPhone', phone: '1381' },
      { type: 'user.setPhone', phone: '13' },
      { type: 'user.setPhone', phone: '' },
    ]);
  });

  it('shows the number grouped as people say it, or that none is typed yet', () => {
    const typed = renderScreen(at('phone'), { phone: '13812345678' });
    expect(screen.getByRole('status', { name: '电话号码' })).toHaveTextContent('138 1234 5678');
    typed.unmount();
    renderScreen(at('phone'));
    expect(screen.getByRole('status', { name: '电话号码' })).toHaveTextContent('还没有输入');
    // Next is the main action on every screen, in the same place, whether or not the number is complete.
    expect(screen.getByRole('button', { name: '下一步' })).toHaveClass('btn-primary');
  });

  it('takes no more digits than a phone number has', async () => {
    const { user, sent } = renderScreen(at('phone'), { phone: '0'.repeat(20) });
    await user.click(screen.getByRole('button', { name: '5' }));
    expect(sent).toEqual([{ type: 'user.setPhone', phone: '0'.repeat(20) }]);
  });

  it('says what is wrong with the number, with its length', () => {
    renderScreen(at('phone'), { phone: '1381234', fieldError: 'contact.phone.error.mobile-length' });
    expect(screen.getByRole('alert')).toHaveTextContent('手机号应该是 11 位，现在是 7 位。');
  });
});
