// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChooseKind } from '../../../../../renderer/screens/ChooseKind/ChooseKind';
import { renderScreen } from '../support';

describe('choosing what to do', () => {
  it('shows the three kinds and checking progress, each with its hint, and sends the one touched', async () => {
    const { user, sent } = renderScreen(ChooseKind);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '办事就业、社保、医疗等',
      '投诉物业、邻里、噪音等问题',
      '建议对社区的想法',
      '查询进度凭编号查看处理情况',
    ]);
    await user.click(screen.getByRole('button', { name: /^投诉/ }));
    await user.click(screen.getByRole('button', { name: /^查询进度/ }));
    expect(sent).toEqual([{ type: 'user.chooseKind', kind: 'complaint' }, { type: 'user.checkProgress' }]);
  });

  it('marks the kind already chosen, and only that one, as pressed', () => {
    renderScreen(ChooseKind, { kind: 'suggestion' });
    expect(screen.getAllByRole('button', { pressed: true }).map((b) => b.textContent)).toEqual(['建议对社区的想法']);
  });

  it('chooses by Enter on the focused kind, in English', async () => {
    const { user, sent } = renderScreen(ChooseKind, { language: 'en' });
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Complaint/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(sent).toEqual([{ type: 'user.chooseKind', kind: 'complaint' }]);
  });
});
