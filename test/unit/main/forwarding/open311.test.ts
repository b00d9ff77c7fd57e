import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS } from '../../../../main/forwarding/cityAnswer';
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
    [
      answered(400, '[{"code":400,"description":"service_code not found"}]'),
      'HTTP 400, code 400, 53 bytes: service_code not found',
    ],
    [answered(503, ''), 'HTTP 503'],
    [answered(301, 'Moved'), 'HTTP 301, 5 bytes: Moved'],
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
    expect(verdict).toEqual({ kind: 'failed', reason: expect.stringMatching(/^HTTP 500, 1015 bytes: <html> x+…$/) });
    expect(verdict.kind === 'failed' && verdict.reason.split(': ')[1]).toHaveLength(EXCERPT_CHARS);
  });

  describe('keeps no words of the resident that the city quotes back', () => {
    const sent = new URLSearchParams({
      description: 'Drumming above flat 12B every night 楼上邻居半夜敲鼓',
      address_string: 'Block 7 Maple Court 枫林苑七号楼',
      first_name: 'Wang Xiuying 王秀英',
      phone: '13912345678',
      service_code: 'NOISE-01',
    });
    const echo = JSON.stringify([
      {
        code: 'Maple',
        description:
          'Invalid address_string "Block 7 Maple Court 枫林苑七号楼" for Wang Xiuying (13912345678): ' +
          'description "Drumming above flat 12B" rejected',
      },
    ]);

    it('masks digits, Chinese text and every word of the request, keeping the status, length and the rest', () => {
      const verdict = judge(answered(422, echo), sent);
      expect(verdict.kind).toBe('failed');
      const { reason } = verdict as { reason: string };
      for (const word of [
        'Block',
        'Maple',
        'Court',
        'Wang',
        'Xiuying',
        'Drumming',
        'flat',
        '12B',
        '枫林苑',
        '139',
        '5678',
      ]) {
        expect(reason, word).not.toContain(word);
      }
      expect(reason).toBe(
        'HTTP 422, 181 bytes: Invalid address_string "… # … " for … (#): description "… #…" rejected',
      );
    });

    it('does the same for a success it cannot read, held as uncertain', () => {
      const verdict = judge(answered(200, `Thanks, Wang Xiuying (13912345678) at 枫林苑`), sent);
      expect(verdict).toEqual({
        kind: 'uncertain',
        reason: 'HTTP 200 without a service_request_id or token, 47 bytes: Thanks, … (#) at …',
      });
    });
  });
});
