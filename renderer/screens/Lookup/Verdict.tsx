import { useId } from 'react';
import { RATINGS } from '../../../app/cases/lifecycle';
import type { LookupStage } from '../../../app/dialog/types';
import { formatReference } from '../../../app/domain/referenceNumber';
import { FieldError } from '../../components/FieldError';
import { OptionGroup } from '../../components/OptionGroup';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';

/**
 * The resident's verdict on a resolved case: the status and the staff's note
 * first, so the question is about what they were told was done; then 满意 /
 * 基本满意 / 不满意 as three large buttons; for 不满意, what is not right (or
 * Skip); then thanks. Every step is the dialog machine's; this only shows it.
 */
export function Verdict(props: ScreenProps & { stage: LookupStage }) {
  if (props.stage === 'reason') return <Reason {...props} />;
  if (props.stage === 'rated') return <Rated {...props} />;
  return <Rate {...props} />;
}

function Rate({ ctx, send, t, stage }: ScreenProps & { stage: LookupStage }) {
  const questionId = useId();
  const result = ctx.lookupResult;
  if (!result) return null;
  const sending = stage === 'rating';
  return (
    <ScreenLayout>
      <div className="receipt-ref">
        <span>{t('lookup.refLabel')}</span>
        <strong>{formatReference(result.ref)}</strong>
      </div>
      <p className="lookup-status">{t(`lookup.status.${result.status}`)}</p>
      {result.publicNote && <p className="lookup-note">{t('lookup.note', { note: result.publicNote })}</p>}
      <p id={questionId} className="verdict-question">
        <strong>{t('lookup.verdict.question')}</strong>
      </p>
      <fieldset className="plain verdict-answers" disabled={sending} aria-labelledby={questionId}>
        <OptionGroup
          className="options verdict-options"
          large
          values={RATINGS}
          isChosen={(rating) => ctx.verdictRating === rating}
          label={(rating) => t(`lookup.verdict.${rating}`)}
          onChoose={(rating) => send({ type: 'user.rate', rating })}
        />
      </fieldset>
      {sending ? (
        <p className="note" role="status">
          {t('steps.lookup.rating.help')}
        </p>
      ) : (
        <FieldError ctx={ctx} t={t} />
      )}
    </ScreenLayout>
  );
}

function Reason({ ctx, send, t }: ScreenProps) {
  const id = useId();
  const skip = (
    <button type="button" className="btn" onClick={() => send({ type: 'user.skipReason' })}>
      {t('common.skip')}
    </button>
  );
  return (
    <ScreenLayout
      primary={{ label: t('lookup.verdict.send'), onClick: () => send({ type: 'user.next' }) }}
      secondary={skip}
    >
      <div className="field">
        <label htmlFor={id}>{t('lookup.verdict.reasonLabel')}</label>
        <textarea
          id={id}
          rows={4}
          maxLength={1000}
          value={ctx.verdictReason}
          onChange={(e) => send({ type: 'user.setVerdictReason', text: e.target.value })}
        />
      </div>
      <FieldError ctx={ctx} t={t} />
    </ScreenLayout>
  );
}

function Rated({ ctx, send, t }: ScreenProps) {
  const reopened = ctx.verdictStatus === 'reopened';
  return (
    <ScreenLayout primary={{ label: t('receipt.finish'), onClick: () => send({ type: 'user.startOver' }) }}>
      <p className="lookup-status" role="status">
        {t(reopened ? 'lookup.verdict.thanksReopened' : 'lookup.verdict.thanksClosed')}
      </p>
    </ScreenLayout>
  );
}
