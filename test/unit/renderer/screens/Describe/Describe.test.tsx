// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Describe } from '../../../../../renderer/screens/Describe/Describe';
import { renderScreen } from '../support';

const NOISE = { kind: 'complaint', category: 'cmp.noise' } as const;

describe('describing the matter', () => {
  it('offers the category’s quick phrases, pressed when chosen, and sends each one touched', async () => {
    const { user, sent } = renderScreen(Describe, { ...NOISE, phrases: ['装修噪音'] });
    const phrases = screen.getByRole('group', { name: '常用说法（可以多选）' });
    expect([...phrases.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual(
      [
        ['夜间噪音', 'false'],
        ['装修噪音', 'true'],
        ['广场舞音乐', 'false'],
        ['商铺喇叭', 'false'],
      ],
    );
    await user.click(screen.getByRole('button', { name: '夜间噪音' }));
    await user.click(screen.getByRole('button', { name: '装修噪音' }));
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(sent).toEqual([
      { type: 'user.togglePhrase', phrase: '夜间噪音' },
      { type: 'user.togglePhrase', phrase: '装修噪音' },
      { type: 'user.next' },
    ]);
  });

  it('sends what is typed into the text box, keystroke by keystroke', async () => {
    const { user, sent } = renderScreen(Describe, NOISE);
    await user.type(screen.getByRole('textbox', { name: '补充说明' }), '吵');
    expect(sent).toEqual([{ type: 'user.setDescription', text: '吵' }]);
  });

  it('counts the characters against the limit, phrases included', () => {
    renderScreen(Describe, { ...NOISE, phrases: ['夜间噪音'], freeText: '楼上' });
    const box = screen.getByRole('textbox', { name: '补充说明' });
    expect(box).toHaveAccessibleDescription('可以点常用说法，也可以自己写几句，都行。 已写 7 字，最多 4000 字');
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps an over-long text whole, counts it and says by how much it is over, once', () => {
    renderScreen(Describe, { kind: 'suggestion', category: 'sug.services', freeText: '长'.repeat(4010) });
    const box = screen.getByRole('textbox', { name: '补充说明' });
    expect(box).toHaveValue('长'.repeat(4010));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('已写 4010 字，最多 4000 字')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('多了 10 字');
  });

  it('shows the dialog’s refusal where the resident is looking, and not twice when it is the length', () => {
    const empty = renderScreen(Describe, { ...NOISE, fieldError: 'describe.error.empty' });
    expect(screen.getByRole('alert')).toHaveTextContent('请点选一个常用说法，或者写几句说明。');
    empty.unmount();
    renderScreen(Describe, {
      kind: 'suggestion',
      category: 'sug.services',
      freeText: '长'.repeat(4010),
      fieldError: 'describe.error.tooLong',
    });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('已超过 4000 字，多了 10 字。');
  });

  it('shows four lines, and says in plain words what a resident can do — speaking only where the kiosk listens', () => {
    const quiet = renderScreen(Describe, NOISE, { config: { speech: { provider: 'off' } } });
    const box = screen.getByRole('textbox', { name: '补充说明' });
    expect(Number(box.getAttribute('rows'))).toBeGreaterThanOrEqual(4);
    expect(box).toHaveAccessibleDescription(/^可以点常用说法，也可以自己写几句，都行。/);
    expect(document.body).not.toHaveTextContent('键盘');
    quiet.unmount();
    const listening = renderScreen(Describe, NOISE, { speak: () => {} });
    expect(screen.getByRole('textbox', { name: '补充说明' })).toHaveAccessibleDescription(
      /^可以点常用说法，也可以自己写几句，或者直接说出来。/,
    );
    listening.unmount();
    // A native OS voice speaks, but may not hear: no promise of listening.
    renderScreen(Describe, NOISE, { speak: () => {}, config: { speech: { provider: 'native' } } });
    expect(screen.getByRole('textbox', { name: '补充说明' })).toHaveAccessibleDescription(/都行。/);
  });

  it('keeps the field’s name beginning as before in English and Cantonese', () => {
    const en = renderScreen(Describe, { ...NOISE, language: 'en' });
    expect(screen.getByRole('textbox', { name: 'More details' })).toBeInTheDocument();
    en.unmount();
    renderScreen(Describe, { ...NOISE, language: 'zh-HK' });
    expect(screen.getByRole('textbox', { name: '補充說明' })).toBeInTheDocument();
  });
});
