import { useId } from 'react';
import type { LookupStage } from '../../../app/dialog/types';
import { formatReference, REF_LENGTH } from '../../../app/domain/referenceNumber';
import { FieldError } from '../../components/FieldError';
import { NumericKeypad } from '../../components/NumericKeypad';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';
import '../Contact/Contact.css';
import './Lookup.css';
import { Verdict } from './Verdict';

const VERDICT_STAGES: ReadonlySet<LookupStage> = new Set(['rate', 'reason', 'rating', 'rated']);

/** Checking progress: type the reference, hear and see its status; the staff's note needs the phone's last four digits. */
export function Lookup(props: ScreenProps & { stage: LookupStage }) {
  if (props.stage === 'result') return <Result {...props} />;
  if (VERDICT_STAGES.has(props.stage)) return <Verdict {...props} />;
  return <DigitsEntry {...props} />;
}

/**
 * The digits, the keypad and one place for what the kiosk says of them. That
 * place keeps its room whether it is empty or not, and the keypad stays shown
 * (only disabled) while the kiosk asks, so no key moves under a finger.
 */
function DigitsEntry({ ctx, send, t, stage }: ScreenProps & { stage: LookupStage }) {
  const labelId = useId();
  const checking = stage === 'checking';
  // As the kiosk machine asks (pendingLookup): the phone's digits only once there is an answer to add the note to.
  const forRef = stage === 'ref' || (checking && !(ctx.lookupResult && ctx.phoneLast4));
  const value = forRef ? ctx.lookupRef : ctx.phoneLast4;
  const max = forRef ? REF_LENGTH : 4;
  const set = (digits: string) =>
    send(forRef ? { type: 'user.setLookupRef', ref: digits } : { type: 'user.setPhoneLast4', digits });
  const shown = forRef && value.length > 3 ? formatReference(value) : value;
  return (
    <ScreenLayout
      primary={{ label: t('lookup.check'), onClick: () => send({ type: 'user.next' }), disabled: checking }}
    >
      <div className="lookup-entry">
        <div className="field lookup-display">
          <span id={labelId}>{forRef ? t('lookup.refLabel') : t('lookup.last4Label')}</span>
          <output className="phone-display" aria-labelledby={labelId} aria-live="polite">
            {value === '' ? t('contact.phone.empty') : shown}
          </output>
        </div>
        <div className="lookup-message">
          {checking ? (
            <p className="note" role="status">
              {t('steps.lookup.checking.help')}
            </p>
          ) : (
            <FieldError ctx={ctx} t={t} />
          )}
        </div>
        <fieldset className="plain lookup-keypad" disabled={checking}>
          <NumericKeypad
            t={t}
            onDigit={(d) => set(value.length < max ? value + d : value)}
            onDelete={() => set(value.slice(0, -1))}
            onClear={() => set('')}
          />
        </fieldset>
      </div>
    </ScreenLayout>
  );
}

function Result({ ctx, send, t }: ScreenProps) {
  const result = ctx.lookupResult;
  if (!result) return null;
  const askedForNote = ctx.phoneLast4 !== '';
  const verify = !result.verified && (
    <button type="button" className="btn" onClick={() => send({ type: 'user.verify' })}>
      {t('lookup.verify')}
    </button>
  );
  return (
    <ScreenLayout
      primary={{ label: t('receipt.finish'), onClick: () => send({ type: 'user.startOver' }) }}
      secondary={verify || undefined}
    >
      <div className="receipt-ref">
        <span>{t('lookup.refLabel')}</span>
        <strong>{formatReference(result.ref)}</strong>
      </div>
      <p className="lookup-status">{t(`lookup.status.${result.status}`)}</p>
      <p className="note">{t('lookup.updated', { time: result.updatedAt.slice(0, 16).replace('T', ' ') })}</p>
      {result.verified && (
        <p className="lookup-note">
          {result.publicNote ? t('lookup.note', { note: result.publicNote }) : t('lookup.noNote')}
        </p>
      )}
      {askedForNote && !result.verified && (
        <p className="error" role="alert">
          {t('lookup.mismatch')}
        </p>
      )}
    </ScreenLayout>
  );
}
