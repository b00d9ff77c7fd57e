import { formatReference } from '../../../app/domain/referenceNumber';
import type { ScreenProps } from '../../shell/screenProps';
import './Receipt.css';

/** The reference number in very large digits, what happens next, and Finish. */
export function Receipt({ ctx, send, t }: ScreenProps) {
  const ref = ctx.receipt?.ref ?? '';
  return (
    <>
      <div className="receipt-ref">
        <span>{t('receipt.refLabel')}</span>
        <strong data-testid="reference-number">{formatReference(ref)}</strong>
      </div>
      <p>{ctx.anonymous ? t('receipt.nextAnonymous') : t('receipt.nextNamed')}</p>
      <p className="note">{t('receipt.autoReturn')}</p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => send({ type: 'user.finish' })}>
          {t('receipt.finish')}
        </button>
      </div>
    </>
  );
}
