import { useId } from 'react';
import { LIMITS } from '../../../app/domain/limits';
import { FieldError } from '../../components/FieldError';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';

/** Where it happened: building, unit or landmark, as free text; optional. */
export function Location({ ctx, send, t }: ScreenProps) {
  const id = useId();
  const next = () => send({ type: 'user.next' });
  // Skipping is offered while the place is empty, as an ordinary button: the main one is always Next.
  const skip = ctx.location.trim() === '' && (
    <button type="button" className="btn" onClick={next}>
      {t('common.skip')}
    </button>
  );
  return (
    <ScreenLayout primary={{ label: t('common.next'), onClick: next }} secondary={skip || undefined}>
      <div className="field">
        <label htmlFor={id}>{t('location.label')}</label>
        <input
          id={id}
          type="text"
          value={ctx.location}
          autoComplete="off"
          onChange={(e) => send({ type: 'user.setLocation', text: e.target.value })}
        />
      </div>
      <FieldError ctx={ctx} t={t} values={{ max: LIMITS.location }} />
    </ScreenLayout>
  );
}
