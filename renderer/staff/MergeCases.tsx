import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import type { KioskApi } from '../../app/contract/kioskApi';
import { formatReference, isValidReference, normaliseReference } from '../../app/domain/referenceNumber';

/** "另有 3 位居民反映", and where a case was merged: what "me too" adds to a case, in the list and the detail. */
export function MeTooCount({ item, t }: { item: { residents?: number; mergedInto?: string | null }; t: TFunction }) {
  const others = (item.residents ?? 1) - 1;
  return (
    <>
      {others > 0 && <span className="metoo-count"> · {t('staff.meToo.others', { count: others })}</span>}
      {item.mergedInto && (
        <span className="metoo-merged">
          {' '}
          · {t('staff.meToo.mergedInto', { ref: formatReference(item.mergedInto) })}
        </span>
      )}
    </>
  );
}

type Stage =
  | { step: 'pick' }
  | { step: 'confirm'; fromId: number; fromRef: string }
  | { step: 'done'; fromRef: string; residents: number }
  | { step: 'error'; message: string };

/**
 * Merging another case into this one: staff type the other case's reference,
 * confirm, and see the result. Both references look this case up afterwards.
 */
export function MergeCases({
  api,
  id,
  caseRef,
  t,
  onMerged,
}: {
  api: KioskApi;
  id: number;
  caseRef: string;
  t: TFunction;
  onMerged(): Promise<void>;
}) {
  const [ref, setRef] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const inputId = useId();

  const find = async (e: React.FormEvent) => {
    e.preventDefault();
    const wanted = normaliseReference(ref);
    const shown = formatReference(wanted);
    if (!isValidReference(wanted) || wanted === caseRef) {
      setStage({ step: 'error', message: t('staff.merge.notFound', { ref: shown }) });
      return;
    }
    const { items } = await api.listSubmissions({ text: wanted, limit: 20 });
    const other = items.find((s) => s.ref === wanted);
    setStage(
      other === undefined
        ? { step: 'error', message: t('staff.merge.notFound', { ref: shown }) }
        : { step: 'confirm', fromId: other.id, fromRef: other.ref },
    );
  };

  const merge = async (fromId: number, fromRef: string) => {
    try {
      const { residents } = await api.mergeCases({ into: id, from: fromId });
      setStage({ step: 'done', fromRef, residents });
      setRef('');
      await onMerged();
    } catch (error) {
      setStage({ step: 'error', message: t('staff.merge.failed', { message: (error as Error).message }) });
    }
  };

  return (
    <div className="stack merge-cases">
      <h3>{t('staff.merge.title')}</h3>
      <form className="row" onSubmit={find}>
        <label htmlFor={inputId}>{t('staff.merge.refLabel')}</label>
        <input id={inputId} type="text" inputMode="numeric" value={ref} onChange={(e) => setRef(e.target.value)} />
        <button type="submit" className="btn" disabled={ref.trim() === ''}>
          {t('staff.merge.find')}
        </button>
      </form>
      {stage.step === 'confirm' && (
        <div className="row">
          <p>{t('staff.merge.confirm', { from: formatReference(stage.fromRef), into: formatReference(caseRef) })}</p>
          <button type="button" className="btn btn-primary" onClick={() => merge(stage.fromId, stage.fromRef)}>
            {t('staff.merge.confirmButton')}
          </button>
          <button type="button" className="btn" onClick={() => setStage({ step: 'pick' })}>
            {t('staff.merge.cancel')}
          </button>
        </div>
      )}
      {stage.step === 'done' && (
        <p role="status">
          {t('staff.merge.done', { from: formatReference(stage.fromRef), residents: stage.residents })}
        </p>
      )}
      {stage.step === 'error' && <p role="alert">{stage.message}</p>}
    </div>
  );
}
