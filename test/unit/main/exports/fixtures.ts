import type { Submission } from '../../../../app/domain/submission';
import { newSubmission } from '../support';

/** The noise complaint of `newSubmission()` as stored, with quotes in its description for the exports to escape. */
export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: 1,
    ref: '1234566',
    ...newSubmission({ description: '楼上邻居半夜噪音，"很吵"' }),
    status: 'queued',
    createdAt: '2026-11-26T09:20:00.000+08:00',
    updatedAt: '2026-11-26T09:20:00.000+08:00',
    history: [{ status: 'queued', at: '2026-11-26T09:20:00.000+08:00', by: 'kiosk', note: null }],
    ...overrides,
  };
}
