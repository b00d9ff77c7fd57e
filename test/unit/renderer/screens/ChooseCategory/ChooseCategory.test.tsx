// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChooseCategory } from '../../../../../renderer/screens/ChooseCategory/ChooseCategory';
import { renderScreen } from '../support';

const options = () => screen.getAllByRole('button').filter((b) => b.hasAttribute('data-option'));

describe('choosing a category', () => {
  it('shows the kind’s categories six to a page, pages back and forth, and sends the one touched', async () => {
    const { user, sent } = renderScreen(ChooseCategory, { kind: 'service' });
    expect(screen.getByText('第 1 页，共 2 页')).toBeInTheDocument();
    expect(options().map((b) => b.textContent)).toEqual([
      '劳动就业',
      '社会保障',
      '医疗卫生',
      '教育',
      '住房保障',
      '文化体育',
    ]);
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getByText('第 2 页，共 2 页')).toBeInTheDocument();
    expect(options().map((b) => b.textContent)).toEqual(['公共安全', '法律咨询', '调解仲裁', '其他事项']);
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '法律咨询' }));
    await user.click(screen.getByRole('button', { name: '上一页' }));
    expect(screen.getByRole('button', { name: '劳动就业' })).toBeInTheDocument();
    // Turning pages is the screen's own business: only the choice is sent.
    expect(sent).toEqual([{ type: 'user.chooseCategory', category: 'svc.legal' }]);
  });

  it('opens on the page of the category already chosen, marked as pressed', () => {
    renderScreen(ChooseCategory, { kind: 'service', category: 'svc.mediation' });
    expect(screen.getByText('第 2 页，共 2 页')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '调解仲裁' })).toHaveAttribute('aria-pressed', 'true');
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
