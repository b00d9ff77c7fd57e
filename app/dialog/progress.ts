import { findCategory, needsLocation } from '../domain/catalogue';
import type { DialogContext, Step } from './types';

/** The screens of a submission, in order: each is one step of "Step n of m". */
const FORM_STEPS = ['chooseKind', 'chooseCategory', 'describe', 'location', 'contact', 'review'] as const;

export interface Progress {
  current: number;
  total: number;
}

/**
 * Where a submission is, for the header's "Step 2 of 6". The place is a step
 * only when the category asks for one; until a category is chosen it is
 * counted (complaints always ask), so the total can only fall, once, and never
 * grows under the resident. Screens outside the form (welcome, receipt,
 * checking progress) have no step.
 */
export function formProgress(step: Step, ctx: Pick<DialogContext, 'category' | 'catalogue'>): Progress | null {
  const category = ctx.category ? findCategory(ctx.catalogue, ctx.category) : undefined;
  const steps = FORM_STEPS.filter((s) => s !== 'location' || !category || needsLocation(category));
  const index = (steps as readonly Step[]).indexOf(step);
  return index < 0 ? null : { current: index + 1, total: steps.length };
}
