// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DialogContext } from '../../../../../app/dialog/types';
import { Review } from '../../../../../renderer/screens/Review/Review';
import { renderScreen } from '../support';

const NAMED_REQUEST: Partial<DialogContext> = {
  kind: 'service',
  category: 'svc.health',
  phrases: ['预约体检'],
  freeText: '想给母亲预约下个月的体检',
  anonymous: false,
  name: '王阿姨',
  phone: '13812345678',
};

/** The review's rows as a person reads them: label, value. */
const rows = () =>
  [...document.querySelectorAll('.review-row')].map((row) => [
    row.querySelector('dt')?.textContent,
    row.querySelector('dd')?.textContent,
  ]);

describe('the review', () => {
  it('shows every part entered, each with its own change button, and submits', async () => {
    const { user, sent } = renderScreen(Review, NAMED_REQUEST);
    expect(rows()).toEqual([
      ['事项', '办事'],
      ['类别', '医疗卫生'],
      ['情况说明', '预约体检；想给母亲预约下个月的体检'],
      // Whether texts were asked for goes with the phone: no, unless the resident said yes.
      ['联系方式', '王阿姨 · 138 1234 5678不发短信'],
    ]);
    for (const [button, section] of [
      ['修改事项', 'kind'],
      ['修改类别', 'category'],
      ['修改说明', 'describe'],
      ['修改联系方式', 'contact'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: button }));
      expect(sent.at(-1)).toEqual({ type: 'user.edit', section });
    }
    await user.click(screen.getByRole('button', { name: '确认提交' }));
    expect(sent.at(-1)).toEqual({ type: 'user.submit' });
  });

  it('shows a yes to texts with the contact, and says nothing of texts for an anonymous submission', () => {
    const named = renderScreen(Review, { ...NAMED_REQUEST, smsConsent: true });
    expect(rows().at(-1)).toEqual(['联系方式', '王阿姨 · 138 1234 5678有进展时发短信告诉我']);
    named.unmount();
    renderScreen(Review, { kind: 'complaint', category: 'cmp.noise', freeText: '吵', anonymous: true });
    expect(rows().at(-1)).toEqual(['联系方式', '匿名']);
  });

  it('shows the location where the category asks for one, and says when none was given', () => {
    renderScreen(Review, { kind: 'suggestion', category: 'sug.environment', freeText: '多种树', anonymous: true });
    expect(rows()).toEqual([
      ['事项', '建议'],
      ['类别', '环境绿化'],
      ['情况说明', '多种树'],
      ['地点', '未填写'],
      ['联系方式', '匿名'],
    ]);
    expect(screen.getByRole('button', { name: '修改地点' })).toBeInTheDocument();
  });

  it('shows the start of a long description, with its length', () => {
    renderScreen(Review, { ...NAMED_REQUEST, phrases: [], freeText: '长'.repeat(100) });
    const description = screen.getByText('情况说明').nextElementSibling!;
    // The styles (not applied here) show the first 80, or above the standard text size the first 24 and "…".
    expect(description).toHaveTextContent(`${'长'.repeat(80)}…… （共 100 字）`);
    expect(description.querySelector('.review-rest')).toHaveTextContent(`${'长'.repeat(56)}…`);
    expect(description.querySelector('.review-cut')).toHaveTextContent('…');
  });

  it('reads the name and phone aloud only when asked, digit by digit', async () => {
    const said: string[][] = [];
    const { user } = renderScreen(Review, NAMED_REQUEST, { speak: (texts) => said.push(texts) });
    expect(said).toEqual([]);
    await user.click(screen.getByRole('button', { name: '朗读我的称呼和电话' }));
    expect(said).toEqual([['王阿姨', '电话：1 3 8 1 2 3 4 5 6 7 8']]);
  });

  it('offers no read-aloud for an anonymous submission, nor where the kiosk has no voice', () => {
    const anonymous = renderScreen(Review, { ...NAMED_REQUEST, anonymous: true }, { speak: () => {} });
    expect(screen.queryByRole('button', { name: '朗读我的称呼和电话' })).toBeNull();
    anonymous.unmount();
    renderScreen(Review, NAMED_REQUEST);
    expect(screen.queryByRole('button', { name: '朗读我的称呼和电话' })).toBeNull();
  });

  it('reviews in English', () => {
    renderScreen(Review, { ...NAMED_REQUEST, language: 'en', phrases: [], freeText: 'A check-up' });
    const list = document.querySelector('dl')!;
    expect(within(list as HTMLElement).getByText('Health care')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
  });
});
