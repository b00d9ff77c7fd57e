// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KioskConfigView } from '../../../../../app/contract/kioskApi';
import { Location } from '../../../../../renderer/screens/Location/Location';
import { renderScreen } from '../support';

describe('saying where it is', () => {
  it('offers Skip while the field is empty, and sends what is typed', async () => {
    const { user, sent } = renderScreen(Location, { kind: 'complaint', category: 'sug.environment' });
    await user.type(screen.getByRole('textbox', { name: '楼栋、单元或附近地标（可以不填）' }), '3');
    await user.click(screen.getByRole('button', { name: '跳过' }));
    expect(sent).toEqual([{ type: 'user.setLocation', text: '3' }, { type: 'user.next' }]);
  });

  it('offers Next once something is written (spaces alone are nothing)', () => {
    const written = renderScreen(Location, { location: '3号楼2单元' });
    expect(screen.getByRole('textbox')).toHaveValue('3号楼2单元');
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument();
    written.unmount();
    renderScreen(Location, { location: '   ' });
    expect(screen.getByRole('button', { name: '跳过' })).toBeInTheDocument();
  });

  it('goes on by Enter on the button, in English', async () => {
    const { user, sent } = renderScreen(Location, { language: 'en' });
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Skip' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(sent).toEqual([{ type: 'user.next' }]);
  });
});

const BOOK: NonNullable<KioskConfigView['addressBook']> = {
  buildings: [
    {
      name: { 'zh-CN': '5号楼', en: 'Building 5', 'zh-HK': '5座' },
      units: [{ 'zh-CN': '1单元' }, { 'zh-CN': '3单元' }],
    },
    { name: { 'zh-CN': '社区活动中心' }, units: [] },
  ],
  landmarks: [{ 'zh-CN': '东门', en: 'East gate', 'zh-HK': '東門' }],
};
const withBook = { config: { addressBook: BOOK } };

describe('the centre’s address book on the location screen', () => {
  it('offers buildings and landmarks as buttons; a building with units opens them, a landmark fills the place', async () => {
    const { user, sent } = renderScreen(Location, {}, withBook);
    const buildings = screen.getByRole('group', { name: '楼栋' });
    expect(
      within(buildings)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['5号楼', '社区活动中心']);
    await user.click(within(buildings).getByRole('button', { name: '5号楼' }));
    await user.click(within(screen.getByRole('group', { name: '附近地标' })).getByRole('button', { name: '东门' }));
    expect(sent).toEqual([
      { type: 'user.setLocation', text: '5号楼' },
      { type: 'user.setLocation', text: '东门' },
    ]);
    expect(screen.getByRole('textbox', { name: '楼栋、单元或附近地标（可以不填）' })).toBeInTheDocument();
  });

  it('shows the units of the building the place names, pressed as chosen, and a unit fills "building unit"', async () => {
    const { user, sent } = renderScreen(Location, { location: '5号楼 3单元' }, withBook);
    const units = screen.getByRole('group', { name: '5号楼 的哪个单元？（不知道可以直接按下一步）' });
    expect(within(units).getByRole('button', { name: '3单元' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(units).getByRole('button', { name: '1单元' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('group', { name: '楼栋' })).toBeNull();
    await user.click(within(units).getByRole('button', { name: '1单元' }));
    await user.click(within(units).getByRole('button', { name: '3单元' }));
    await user.click(screen.getByRole('button', { name: '换一个楼栋或地标' }));
    expect(sent).toEqual([
      { type: 'user.setLocation', text: '5号楼 1单元' },
      // Pressing the chosen unit again takes it away, leaving the building.
      { type: 'user.setLocation', text: '5号楼' },
      { type: 'user.setLocation', text: '' },
    ]);
  });

  it('moves keypad focus to the first unit when a building’s buttons give way to its units', async () => {
    const { user, sent, rerender, ctx, config, t } = renderScreen(Location, {}, withBook);
    await user.click(screen.getByRole('button', { name: '5号楼' }));
    expect(sent).toEqual([{ type: 'user.setLocation', text: '5号楼' }]);
    rerender(<Location ctx={{ ...ctx, location: '5号楼' }} send={() => {}} config={config} t={t} />);
    expect(screen.getByRole('button', { name: '1单元' })).toHaveFocus();
  });

  it('does not take focus from the text box when typing names a building', () => {
    const { rerender, ctx, config, t } = renderScreen(Location, {}, withBook);
    const box = screen.getByRole('textbox');
    box.focus();
    rerender(<Location ctx={{ ...ctx, location: '5号楼' }} send={() => {}} config={config} t={t} />);
    expect(screen.getByRole('button', { name: '1单元' })).toBeInTheDocument();
    expect(box).toHaveFocus();
  });

  it('shows each place in the resident’s language', async () => {
    const { user, sent } = renderScreen(Location, { language: 'en' }, withBook);
    expect(screen.getByRole('group', { name: 'Buildings' })).toHaveTextContent('Building 5');
    await user.click(screen.getByRole('button', { name: 'East gate' }));
    expect(sent).toEqual([{ type: 'user.setLocation', text: 'East gate' }]);
  });

  it('without an address book offers no place buttons', () => {
    renderScreen(Location);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['跳过', '下一步']);
  });
});
