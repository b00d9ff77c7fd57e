// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
