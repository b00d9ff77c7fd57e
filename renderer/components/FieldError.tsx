import type { TFunction } from 'i18next';
import type { DialogContext } from '../../app/dialog/types';

/** The dialog's refusal of a step, said in plain words where the resident is looking. */
export function FieldError({ ctx, t, values }: { ctx: DialogContext; t: TFunction; values?: Record<string, unknown> }) {
  if (!ctx.fieldError) return null;
  return (
    <p className="error" role="alert">
      {t(ctx.fieldError, values)}
    </p>
  );
}
