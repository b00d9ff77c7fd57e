// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Receipt } from '../../../../../renderer/screens/Receipt/Receipt';
import { renderScreen } from '../support';

const DONE = {
  kind: 'complaint',
  category: 'cmp.sanitation',
  anonymous: true,
  receipt: { id: 7, ref: '1234566', createdAt: '2025-03-01T09:30:00+08:00' },
} as const;

describe('the receipt', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the reference in large digits, what happens next, and Finish', async () => {
    const { user, sent } = renderScreen(Receipt, DONE);
    expect(screen.getByTestId('reference-number')).toHaveTextContent('123 4566');
    expect(screen.getAllByText('社区工作人员会尽快查看处理。请记下编号，凭编号可以查询进度。')).not.toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '完成' }));
    expect(sent).toEqual([{ type: 'user.finish' }]);
  });

  it('tells a resident who left a contact that staff will call', () => {
    renderScreen(Receipt, { ...DONE, anonymous: false });
    expect(screen.getAllByText(/并打电话联系您/)).not.toHaveLength(0);
  });

  it('has a printable copy with the centre, the date, kind and category and a QR code of the reference', () => {
    renderScreen(Receipt, DONE);
    const paper = screen.getByTestId('print-receipt');
    expect(paper).toHaveTextContent('幸福社区');
    expect(paper).toHaveTextContent('时间：2025-03-01 09:30');
    expect(paper).toHaveTextContent('投诉 · 环境卫生');
    expect(screen.getByRole('img', { name: '编号 123 4566 的二维码' }).querySelector('path')).toHaveAttribute(
      'd',
      expect.stringMatching(/^M\d+ \d+h1v1h-1z/),
    );
  });

  it('prints at once where the centre prints receipts, and again on request; not otherwise', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const printing = renderScreen(Receipt, DONE, { config: { printing: true } });
    expect(print).toHaveBeenCalledTimes(1);
    await printing.user.click(screen.getByRole('button', { name: '打印回执' }));
    expect(print).toHaveBeenCalledTimes(2);
    printing.unmount();
    renderScreen(Receipt, DONE);
    expect(screen.queryByRole('button', { name: '打印回执' })).toBeNull();
    expect(print).toHaveBeenCalledTimes(2);
  });
});
