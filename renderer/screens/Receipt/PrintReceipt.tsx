import type { TFunction } from 'i18next';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import type { KioskConfigView } from '../../../app/contract/kioskApi';
import type { DialogContext } from '../../../app/dialog/types';
import { formatReference } from '../../../app/domain/referenceNumber';
import { categoryLabel, findEntry } from '../../shell/catalogueText';

/** The reference number as a QR code: one SVG path of dark modules, no markup from the library. */
function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Numeric');
    qr.make();
    const count = qr.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) if (qr.isDark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
    }
    return { size: count + 8, path: d };
  }, [text]);
  return (
    <svg className="print-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

interface Props {
  ctx: DialogContext;
  config: KioskConfigView;
  t: TFunction;
}

/**
 * The printed receipt: shown only on paper (`@media print`), so the screen
 * stays as it is while the printer works.
 */
export function PrintReceipt({ ctx, config, t }: Props) {
  const receipt = ctx.receipt;
  if (!receipt || !ctx.kind) return null;
  const code = ctx.category ?? '';
  return (
    <div className="print-receipt" data-testid="print-receipt">
      <h2>{config.centreName[ctx.language]}</h2>
      <p>{t('receipt.refLabel')}</p>
      <p className="print-ref">{formatReference(receipt.ref)}</p>
      <p>{t('print.date', { date: receipt.createdAt.slice(0, 16).replace('T', ' ') })}</p>
      <p>
        {t(`kinds.${ctx.kind}.label`)} · {categoryLabel(findEntry(config, code), code, ctx.language, t)}
      </p>
      <p>{ctx.anonymous ? t('receipt.nextAnonymous') : t('receipt.nextNamed')}</p>
      <QrCode text={receipt.ref} label={t('print.qr', { ref: formatReference(receipt.ref) })} />
    </div>
  );
}
