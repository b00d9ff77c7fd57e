import { describe, expect, it } from 'vitest';
import { formProgress } from '../../../../app/dialog/progress';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';

const ctx = (category: string | null) => ({ category, catalogue: DEFAULT_CATALOGUE });

describe('the step a submission is at', () => {
  it('counts six steps while the place may be asked, and for complaints', () => {
    expect(formProgress('chooseKind', ctx(null))).toEqual({ current: 1, total: 6 });
    expect(formProgress('chooseCategory', ctx(null))).toEqual({ current: 2, total: 6 });
    expect(formProgress('location', ctx('cmp.noise'))).toEqual({ current: 4, total: 6 });
    expect(formProgress('review', ctx('cmp.noise'))).toEqual({ current: 6, total: 6 });
  });

  it('counts five when the chosen category asks no place', () => {
    expect(formProgress('describe', ctx('svc.legal'))).toEqual({ current: 3, total: 5 });
    expect(formProgress('contact', ctx('svc.legal'))).toEqual({ current: 4, total: 5 });
    expect(formProgress('review', ctx('svc.legal'))).toEqual({ current: 5, total: 5 });
  });

  it('gives no step outside the form', () => {
    for (const step of ['welcome', 'submitting', 'submitFailed', 'receipt', 'lookup'] as const) {
      expect(formProgress(step, ctx('cmp.noise'))).toBeNull();
    }
  });
});
