import { useEffect } from 'react';
import { formatReference } from '../../../app/domain/referenceNumber';
import { Countdown } from '../../components/Countdown';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';
import { PrintReceipt } from './PrintReceipt';
import { useReceiptCountdown } from './receiptCountdown';
import './Receipt.css';

/** Prints the page (the print view shows only the receipt): silently in Electron, with the print dialog in a browser. */
function printReceipt() {
  if (window.linliKiosk?.print) void window.linliKiosk.print();
  else window.print();
}

/**
 * The reference number in very large digits, what happens next, how long
 * until the kiosk goes back to the start (with more time on request), and
 * Finish; printed when the centre prints receipts.
 */
export function Receipt({ ctx, send, config, t }: ScreenProps) {
  const ref = ctx.receipt?.ref ?? '';
  const { countdown, moreTime } = useReceiptCountdown();
  useEffect(() => {
    if (config.printing) printReceipt();
  }, [config.printing]);
  const again = config.printing && (
    <button type="button" className="btn" onClick={printReceipt}>
      {t('print.again')}
    </button>
  );
  return (
    <ScreenLayout
      primary={{ label: t('receipt.finish'), onClick: () => send({ type: 'user.finish' }) }}
      secondary={again || undefined}
    >
      {/* One block for the screen's own layout; the printed slip stays outside it (see the print styles). */}
      <div className="receipt">
        <div className="receipt-ref receipt-number">
          <span>{t('receipt.refLabel')}</span>
          <strong data-testid="reference-number">{formatReference(ref)}</strong>
        </div>
        <p className="receipt-next">
          {ctx.supportedBy !== null
            ? t('receipt.supported', { count: ctx.supportedBy })
            : ctx.anonymous
              ? t('receipt.nextAnonymous')
              : t('receipt.nextNamed')}
        </p>
        {countdown && (
          <div className="receipt-countdown">
            <Countdown countdown={countdown} unit={t('receipt.countdownUnit')}>
              {/* The whole sentence is what a screen reader reads; at the largest text sizes the screen shows
                the short line in its place, so the number, the time and "more time" fit without scrolling. */}
              <span className="receipt-return-long">
                {t('receipt.autoReturn', { seconds: Math.ceil(countdown.leftMs / 1000) })}
              </span>
              <span className="receipt-return-short" aria-hidden="true">
                {t('receipt.autoReturnShort')}
              </span>
            </Countdown>
            <button type="button" className="btn receipt-more-time" onClick={moreTime}>
              {t('receipt.moreTime')}
            </button>
          </div>
        )}
      </div>
      <PrintReceipt ctx={ctx} config={config} t={t} />
    </ScreenLayout>
  );
}
