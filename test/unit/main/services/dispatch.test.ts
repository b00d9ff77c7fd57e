import { describe, expect, it, vi } from 'vitest';
import type { KioskApiHandlers } from '../../../../app/contract/kioskApi';
import { dispatch } from '../../../../main/services/dispatch';
import { useKiosk } from '../kioskFixtures';
import { callContext, draft, refusal } from '../support';

describe('dispatch', () => {
  const t = useKiosk();
  const { call } = t;

  it('runs a valid call and answers its result', async () => {
    await expect(call('submit', draft())).resolves.toMatchObject({ ref: expect.stringMatching(/^\d{7}$/) });
  });

  it('answers 404 for a method that does not exist', async () => {
    expect((await refusal(call('dropTables', {}))).code).toBe('not-found');
    expect((await refusal(call('__proto__', {}))).code).toBe('not-found');
  });

  it.each([
    ['a missing field', { ...draft(), description: undefined }, 'description', 'description: is required'],
    ['a wrong type', { ...draft(), anonymous: 1, contact: 'none' }, 'contact', 'contact: must be an object'],
    ['a nested field', draft({ contact: { anonymous: false, phone: '123' } }), 'contact.phone', 'contact.phone: '],
    ['an unknown field', { ...draft(), priority: 'high' }, 'priority', 'priority: is not a known field'],
    ['an over-long description', draft({ description: '字'.repeat(4001) }), 'description', 'at most 4000'],
    ['a bad enum', draft({ kind: 'praise' as never }), 'kind', 'kind: must be one of'],
  ])('names the field for %s', async (_what, args, field, message) => {
    const error = await refusal(call('submit', args));
    expect(error.code).toBe('invalid');
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it('treats missing arguments as an empty object', async () => {
    await expect(call('getKioskConfig', undefined)).resolves.toHaveProperty('kioskId', 'kiosk-1');
    expect((await refusal(call('getKioskConfig', []))).code).toBe('invalid');
  });

  it('refuses a staff method without a session, before looking at its arguments', async () => {
    const error = await refusal(call('listSubmissions', { limit: 'all' }));
    expect(error.code).toBe('unauthorized');
    expect(error.field).toBeUndefined();
  });

  it('refuses a staff method with a session token that is not live', async () => {
    const ctx = callContext('forged-token');
    expect((await refusal(call('listSubmissions', {}, ctx))).code).toBe('unauthorized');
    expect(ctx.sessions).toEqual([null]);
  });

  it('answers an unexpected failure as a bare internal error and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...t.kiosk.handlers,
      getKioskConfig: () => {
        throw new Error('SQLITE_CORRUPT at /secret/path');
      },
    } satisfies KioskApiHandlers;
    const error = await refusal(dispatch(broken, 'getKioskConfig', {}, callContext()));
    expect(error.toBody()).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
