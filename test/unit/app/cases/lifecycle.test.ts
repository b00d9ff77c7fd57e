import { describe, expect, it } from 'vitest';
import {
  applyVerdict,
  CASE_STATUSES,
  type CaseStatus,
  checkAssign,
  checkMove,
  isOpen,
  STAFF_MOVES,
  verdictDue,
} from '../../../../app/cases/lifecycle';

const note = { publicNote: '已联系物业更换灯泡' };

describe('moving a case between statuses', () => {
  it.each([
    ['queued', 'collected'],
    ['queued', 'assigned'],
    ['queued', 'forwarded'],
    ['queued', 'closed'],
    ['collected', 'assigned'],
    ['assigned', 'collected'],
    ['assigned', 'resolved'],
    ['forwarded', 'resolved'],
    ['reopened', 'assigned'],
    ['reopened', 'resolved'],
    ['resolved', 'closed'],
    ['resolved', 'reopened'],
    ['closed', 'reopened'],
  ])('lets staff move a %s case to %s', (from, to) => {
    expect(checkMove(from, to, note)).toEqual({ ok: true, status: to });
  });

  it.each([
    ['assigned', 'assigned', 'same-status'],
    ['collected', 'queued', 'back-to-queue'],
    ['reopened', 'queued', 'back-to-queue'],
    ['closed', 'assigned', 'closed-is-final'],
    ['closed', 'resolved', 'closed-is-final'],
    ['resolved', 'assigned', 'awaiting-verdict'],
    ['resolved', 'forwarded', 'awaiting-verdict'],
    ['assigned', 'reopened', 'reopen-needs-resolution'],
    ['queued', 'reopened', 'reopen-needs-resolution'],
    ['assigned', 'done', 'unknown-status'],
    ['pending', 'closed', 'unknown-status'],
  ])('refuses to move a %s case to %s (%s)', (from, to, reason) => {
    const result = checkMove(from, to, note);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok === false && result.message.length > 0).toBe(true);
  });

  it('asks for a public note before a case is resolved', () => {
    expect(checkMove('assigned', 'resolved')).toMatchObject({ ok: false, reason: 'public-note-required' });
    expect(checkMove('assigned', 'resolved', { publicNote: '   ' })).toMatchObject({
      ok: false,
      reason: 'public-note-required',
    });
  });

  it('agrees with its own table for every pair of statuses', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        const allowed = STAFF_MOVES[from].includes(to);
        expect(checkMove(from, to, note).ok, `${from} → ${to}`).toBe(allowed);
      }
    }
  });
});

describe('assigning a case', () => {
  it.each(['queued', 'collected', 'assigned', 'forwarded', 'reopened'])('may assign a %s case', (from) => {
    expect(checkAssign(from)).toEqual({ ok: true, status: 'assigned' });
  });

  it.each(['resolved', 'closed'])('refuses to assign a %s case', (from) => {
    expect(checkAssign(from)).toMatchObject({ ok: false, reason: 'assign-not-open' });
  });

  it('refuses an unknown status', () => {
    expect(checkAssign('lost')).toMatchObject({ ok: false, reason: 'unknown-status' });
  });
});

describe("the resident's verdict", () => {
  it('closes a resolved case when the resident is satisfied or basically satisfied', () => {
    expect(applyVerdict('resolved', 'satisfied')).toEqual({ ok: true, status: 'closed' });
    expect(applyVerdict('resolved', 'basically')).toEqual({ ok: true, status: 'closed' });
  });

  it('reopens it with the reason in the resident’s words when they are not', () => {
    expect(applyVerdict('resolved', 'unsatisfied', ' 灯还是不亮 ')).toEqual({
      ok: true,
      status: 'reopened',
      reopenReason: '灯还是不亮',
    });
    expect(applyVerdict('resolved', 'unsatisfied')).toEqual({ ok: true, status: 'reopened', reopenReason: '' });
  });

  it.each(['queued', 'assigned', 'closed', 'reopened'])('is not asked of a %s case', (from) => {
    expect(applyVerdict(from, 'satisfied')).toMatchObject({ ok: false, reason: 'verdict-not-due' });
  });

  it('is due exactly when the case is resolved', () => {
    expect(CASE_STATUSES.filter((s: CaseStatus) => verdictDue(s))).toEqual(['resolved']);
  });

  it('counts only unresolved, unclosed cases as open', () => {
    expect(CASE_STATUSES.filter(isOpen)).toEqual(['queued', 'collected', 'assigned', 'forwarded', 'reopened']);
  });
});
