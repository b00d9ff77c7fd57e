import { describe, expect, it } from 'vitest';
import { lookupErrorCode, submitErrorCode } from '../../../../app/dialog/errorCodes';

const failed = (code: string) => Object.assign(new Error('failed'), { code });

describe('what a resident is told when a call fails', () => {
  it('tells a submit failure by the KioskApi code: the network, invalid input, or storage that is not there', () => {
    expect(['network', 'invalid', 'unavailable', 'internal'].map((c) => submitErrorCode(failed(c)))).toEqual([
      'network',
      'invalid',
      'storage',
      'storage',
    ]);
  });

  it('tells a lookup failure by its code: unknown reference, too many tries, the network, invalid input', () => {
    expect(['not-found', 'rate-limited', 'network', 'invalid'].map((c) => lookupErrorCode(failed(c)))).toEqual([
      'not-found',
      'rate-limited',
      'network',
      'invalid',
    ]);
  });

  it('says "unknown" for anything else, or what is not an error at all', () => {
    for (const error of [failed('forbidden'), new Error('odd'), 'a string', null, { code: 42 }]) {
      expect([submitErrorCode(error), lookupErrorCode(error)]).toEqual(['unknown', 'unknown']);
    }
  });
});
