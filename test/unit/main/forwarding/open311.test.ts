import { describe, expect, it } from 'vitest';
import { judge } from '../../../../main/forwarding/open311';

const answered = (status: number, body: string) => ({ kind: 'answered' as const, status, body });

describe('judge: what an attempt means for the outbox', () => {
  it.each([
    [answered(201, '[{"service_request_id":"293944","service_notice":""}]'), '293944', null],
    [answered(200, '[{"service_request_id":293944}]'), '293944', null],
    [answered(200, '{"service_request_id":"77"}'), '77', null],
    [answered(201, '[{"token":"12345"}]'), null, '12345'],
  ])('accepts %j', (outcome, serviceRequestId, token) => {
    expect(judge(outcome)).toEqual({ kind: 'accepted', serviceRequestId, token });
  });

  it.each([
    [answered(400, '[{"code":400,"description":"service_code not found"}]'), 'HTTP 400: service_code not found'],
    [answered(503, ''), 'HTTP 503'],
    [answered(301, 'Moved'), 'HTTP 301: Moved'],
    [{ kind: 'not-sent' as const, reason: 'ENOTFOUND' }, 'not sent: ENOTFOUND'],
  ])('fails %j, to be tried again', (outcome, reason) => {
    expect(judge(outcome)).toEqual({ kind: 'failed', reason });
  });

  it.each([
    [answered(200, 'OK')],
    [answered(201, '[]')],
    [answered(201, '[{"service_request_id":"  "}]')],
    [answered(200, '[{"code":400,"description":"looks like an error"}]')],
    [{ kind: 'no-answer' as const, reason: 'ECONNRESET' }],
  ])('holds %j as uncertain: the city may have it', (outcome) => {
    expect(judge(outcome).kind).toBe('uncertain');
  });

  it('keeps a reason to one short line', () => {
    const verdict = judge(answered(500, `<html>\n${'x'.repeat(1000)}\n</html>`));
    expect(verdict.kind === 'failed' && verdict.reason.length).toBe(300);
    expect(verdict.kind === 'failed' && verdict.reason).not.toContain('\n');
  });
});
