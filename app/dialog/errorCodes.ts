import type { ErrorCode } from '../contract/errors';
import type { LookupErrorCode, SubmitErrorCode } from './types';

/** The code of a rejected KioskApi call (`KioskApiError`), or of a transport failure (`network`); undefined for anything else. */
function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

type ApiCode = ErrorCode | 'network';

/** A failed submit, as the resident is told about it (locale key `submit.error.<code>`). */
export function submitErrorCode(error: unknown): SubmitErrorCode {
  switch (codeOf(error) as ApiCode | SubmitErrorCode | undefined) {
    case 'network':
      return 'network';
    case 'invalid':
      return 'invalid';
    case 'unavailable':
    case 'internal':
    case 'storage':
      return 'storage';
    case 'rate-limited':
      return 'rate-limited';
    default:
      return 'unknown';
  }
}

/** A failed progress lookup, as the resident is told about it (locale key `lookup.error.<code>`). */
export function lookupErrorCode(error: unknown): LookupErrorCode {
  switch (codeOf(error) as ApiCode | LookupErrorCode | undefined) {
    case 'network':
      return 'network';
    case 'invalid':
      return 'invalid';
    case 'not-found':
      return 'not-found';
    case 'rate-limited':
      return 'rate-limited';
    default:
      return 'unknown';
  }
}
