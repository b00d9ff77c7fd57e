// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Countdown } from '../../../../../app/dialog/countdown';
import { createI18n } from '../../../../../renderer/i18n';
import { Receipt } from '../../../../../renderer/screens/Receipt/Receipt';
import { ReceiptCountdownContext } from '../../../../../renderer/screens/Receipt/receiptCountdown';
import { CONFIG, contextWith, renderScreen } from '../support';

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

  describe('its countdown, which the kiosk machine runs', () => {
    function withCountdown(countdown: Countdown | null, language: 'zh-CN' | 'en' = 'zh-CN') {
      const moreTime = vi.fn();
      const t = createI18n(language).getFixedT(language);
      render(
        <ReceiptCountdownContext.Provider value={{ countdown, moreTime }}>
          <Receipt ctx={contextWith({ ...DONE, language })} send={() => {}} config={CONFIG} t={t} />
        </ReceiptCountdownContext.Provider>,
      );
      return moreTime;
    }

    it('shows the seconds left as a large number and in a sentence, and a bar as full as the time left', () => {
      withCountdown({ kind: 'receipt', totalMs: 60_000, leftMs: 45_000 });
      expect(screen.getByTestId('countdown')).toHaveAttribute('data-seconds', '45');
      expect(screen.getByText('45', { selector: '.countdown-number' })).toBeInTheDocument();
      expect(screen.getByText(/^45 秒后会自动回到首页/)).toBeVisible();
      expect(document.querySelector<HTMLElement>('.countdown-fill')?.style.inlineSize).toBe('75%');
    });

    it('asks the kiosk for more time when the resident presses the button', async () => {
      const moreTime = withCountdown({ kind: 'receipt', totalMs: 60_000, leftMs: 10_000 }, 'en');
      await userEvent.setup().click(screen.getByRole('button', { name: 'I need more time' }));
      expect(moreTime).toHaveBeenCalledTimes(1);
    });

    it('shows no countdown and no button before the kiosk has one', () => {
      withCountdown(null);
      expect(screen.queryByTestId('countdown')).toBeNull();
      expect(screen.queryByRole('button', { name: '需要更多时间' })).toBeNull();
    });
  });
});
