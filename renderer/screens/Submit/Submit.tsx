import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';

/** While the row is being committed: nothing to press, the reference comes only after the commit. */
export function Submitting({ t }: ScreenProps) {
  return (
    <p className="note" role="status">
      {t('steps.submitting.help')}
    </p>
  );
}

/** The commit failed: say so plainly, keep the draft, offer to try again or call staff. */
export function SubmitFailed({ ctx, send, t, onCallStaff }: ScreenProps & { onCallStaff(): void }) {
  return (
    <ScreenLayout
      primary={{ label: t('submit.retry'), onClick: () => send({ type: 'user.retry' }) }}
      secondary={
        <>
          <button type="button" className="btn" onClick={onCallStaff}>
            {t('common.callStaff')}
          </button>
          <button type="button" className="btn" onClick={() => send({ type: 'user.back' })}>
            {t('submit.backToReview')}
          </button>
        </>
      }
    >
      <p className="error" role="alert">
        {t(`submit.error.${ctx.submitError ?? 'unknown'}`)} {t('submit.draftKept')}
      </p>
    </ScreenLayout>
  );
}
