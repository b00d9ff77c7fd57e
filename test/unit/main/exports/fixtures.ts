import { type ExportedCase, NO_CASE_FIELDS } from '../../../../main/exports/caseFields';
import { newSubmission } from '../support';

/**
 * The noise complaint of `newSubmission()` as stored, with quotes in its description for the exports to escape,
 * and the case fields an export adds (nothing assigned or given yet, deadlines of its day).
 */
export function submission(overrides: Partial<ExportedCase> = {}): ExportedCase {
  return {
    ...NO_CASE_FIELDS,
    respondBy: '2026-11-27',
    resolveBy: '2026-12-03',
    urgency: 'upcoming',
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
