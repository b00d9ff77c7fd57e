import { useMemo } from 'react';
import type { KioskApi } from '../../app/contract/kioskApi';
import { KioskApiError } from '../api/client';

/** Why the console went back to sign-in, told by the server's refusal (main/staff/staffAuth.ts). */
export type SessionEnd = 'idle' | 'lifetime' | 'ended';

export function sessionEndOf(error: KioskApiError): SessionEnd {
  if (/without activity/.test(error.message)) return 'idle';
  if (/at most/.test(error.message)) return 'lifetime';
  return 'ended';
}

/**
 * The KioskApi as the console uses it: a call answered 401 means the session
 * ended (sign out, idle, its lifetime), so the console returns to sign-in.
 */
export function useStaffApi(api: KioskApi, onSessionEnded: (why: SessionEnd) => void): KioskApi {
  return useMemo(() => {
    const wrapped = {} as Record<string, (args: unknown) => Promise<unknown>>;
    for (const [name, call] of Object.entries(api) as [string, (args: unknown) => Promise<unknown>][]) {
      wrapped[name] = async (args) => {
        try {
          return await call(args);
        } catch (error) {
          if (error instanceof KioskApiError && error.code === 'unauthorized' && name !== 'staffLogin')
            onSessionEnded(sessionEndOf(error));
          throw error;
        }
      };
    }
    return wrapped as unknown as KioskApi;
  }, [api, onSessionEnded]);
}

/** Saves text as a file in the browser (exports). */
export function download(filename: string, contentType: string, body: string | Blob) {
  const url = URL.createObjectURL(typeof body === 'string' ? new Blob([body], { type: contentType }) : body);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}
