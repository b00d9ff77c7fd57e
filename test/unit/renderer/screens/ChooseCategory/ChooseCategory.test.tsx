// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChooseCategory } from '../../../../../renderer/screens/ChooseCategory/ChooseCategory';
import { renderScreen } from '../support';

const options = () => screen.getAllByRole('button').filter((b) => b.hasAttribute('data-option'));

describe('choosing a category', () => {
  it('shows all of a kind’s categories on one screen, 其他 included, and sends the one touched', async () => {
    const { user, sent } = renderScreen(ChooseCategory, { kind: 'service' });
    expect(options().map((b) => b.textContent)).toEqual([
      '劳动就业',
      '社会保障',
      '医疗卫生',
      '教育',
      '住房保障',
      '文化体育',
      '公共安全',
      '法律咨询',
      '调解仲裁',
      '其他事项',
    ]);
    // Each with its icon, drawn beside the label and hidden from screen readers.
    for (const option of options()) expect(option.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: '下一页' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '法律咨询' }));
    expect(sent).toEqual([{ type: 'user.chooseCategory', category: 'svc.legal' }]);
  });

  // A centre's own catalogue with more than twelve of a kind pages, twelve at a time.
  const many = Array.from({ length: 14 }, (_, i) => ({
    code: `svc.c${i + 1}`,
    kind: 'service' as const,
    asksLocation: false,
    label: { 'zh-CN': `类别${i + 1}` },
  }));

  it('pages beyond twelve, the unusable page button disabled, and sends only the choice', async () => {
    const { user, sent } = renderScreen(ChooseCategory, { kind: 'service' }, { config: { catalogue: many } });
    expect(screen.getByText('第 1 页，共 2 页')).toBeInTheDocument();
    expect(options()).toHaveLength(12);
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getByText('第 2 页，共 2 页')).toBeInTheDocument();
    expect(options().map((b) => b.textContent)).toEqual(['类别13', '类别14']);
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '类别14' }));
    await user.click(screen.getByRole('button', { name: '上一页' }));
    expect(screen.getByRole('button', { name: '类别1' })).toBeInTheDocument();
    // Turning pages is the screen's own business: only the choice is sent.
    expect(sent).toEqual([{ type: 'user.chooseCategory', category: 'svc.c14' }]);
  });

  it('opens on the page of the category already chosen, marked as pressed', () => {
    renderScreen(ChooseCategory, { kind: 'service', category: 'svc.c13' }, { config: { catalogue: many } });
    expect(screen.getByText('第 2 页，共 2 页')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '类别13' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('has no pages when the kind’s categories fit on one, in 粵語', () => {
    renderScreen(ChooseCategory, { kind: 'suggestion', language: 'zh-HK' });
    expect(options()).toHaveLength(6);
    expect(screen.queryByRole('button', { name: '下一頁' })).toBeNull();
  });

  it('chooses by Space on the focused category', async () => {
    const { user, sent } = renderScreen(ChooseCategory, { kind: 'complaint' });
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    expect(sent).toEqual([{ type: 'user.chooseCategory', category: 'cmp.neighbour' }]);
  });
});
