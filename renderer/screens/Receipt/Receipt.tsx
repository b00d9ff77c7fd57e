import { useEffect } from 'react';
import { formatReference } from '../../../app/domain/referenceNumber';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';
import { PrintReceipt } from './PrintReceipt';
import './Receipt.css';

/** Prints the page (the print view shows only the receipt): silently in Electron, with the print dialog in a browser. */
function printReceipt() {
  if (window.linliKiosk?.print) void window.linliKiosk.print();
  else window.print();
}

/** The reference number in very large digits, what happens next, and Finish; printed when the centre prints receipts. */
export function Receipt({ ctx, send, config, t }: ScreenProps) {
  const ref = ctx.receipt?.ref ?? '';
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
      <div className="receipt-ref">
        <span>{t('receipt.refLabel')}</span>
        <strong data-testid="reference-number">{formatReference(ref)}</strong>
      </div>
      <p>{ctx.anonymous ? t('receipt.nextAnonymous') : t('receipt.nextNamed')}</p>
      <p className="note">{t('receipt.autoReturn')}</p>
      <PrintReceipt ctx={ctx} config={config} t={t} />
    </ScreenLayout>
  );
}
