import { describe, expect, it, vi } from 'vitest';
import type { SpeechToken } from '../../../../app/contract/kioskApi';
import { createSpeechCredentials } from '../../../../renderer/speech/azureToken';

const T0 = Date.parse('2026-05-01T09:00:00Z');

function token(n: number, expiresAt: string | null): SpeechToken {
  return { provider: 'azure', token: `token-${n}`, region: 'eastasia', expiresAt };
}

/** A main side that issues tokens valid for ten minutes from `now()`. */
function broker(now: () => number, lifetimeMs: number | null = 10 * 60_000) {
  let issued = 0;
  const speechToken = vi.fn(async () => {
    issued += 1;
    return token(issued, lifetimeMs === null ? null : new Date(now() + lifetimeMs).toISOString());
  });
  return { speechToken };
}

describe('speech credentials in the renderer', () => {
  it('keeps a token while more than a minute of it is left, then asks for a new one', async () => {
    let now = T0;
    const api = broker(() => now);
    const credentials = createSpeechCredentials(api, () => now);
    expect((await credentials()).token).toBe('token-1');
    now = T0 + 8 * 60_000 + 59_000; // 61 s left
    expect((await credentials()).token).toBe('token-1');
    now = T0 + 9 * 60_000 + 1_000; // 59 s left
    expect((await credentials()).token).toBe('token-2');
    expect(api.speechToken).toHaveBeenCalledTimes(2);
  });

  it('keeps a token without an expiry (a keyless speech container) for the session', async () => {
    let now = T0;
    const api = broker(() => now, null);
    const credentials = createSpeechCredentials(api, () => now);
    await credentials();
    now = T0 + 24 * 3600_000;
    await credentials();
    expect(api.speechToken).toHaveBeenCalledTimes(1);
  });

  it('asks once when several turns need a token at the same moment', async () => {
    const api = broker(() => T0);
    const credentials = createSpeechCredentials(api, () => T0);
    const tokens = await Promise.all([credentials(), credentials(), credentials()]);
    expect(tokens.map((t) => t.token)).toEqual(['token-1', 'token-1', 'token-1']);
    expect(api.speechToken).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure: the next turn asks again', async () => {
    const speechToken = vi
      .fn<() => Promise<SpeechToken>>()
      .mockRejectedValueOnce(new Error('host unreachable'))
      .mockResolvedValueOnce(token(1, null));
    const credentials = createSpeechCredentials({ speechToken }, () => T0);
    await expect(credentials()).rejects.toThrow('host unreachable');
    expect((await credentials()).token).toBe('token-1');
  });

  it('asks again each time when the expiry cannot be read, rather than use a dead token', async () => {
    const speechToken = vi.fn(async () => token(1, 'soon'));
    const credentials = createSpeechCredentials({ speechToken }, () => T0);
    await credentials();
    await credentials();
    expect(speechToken).toHaveBeenCalledTimes(2);
  });

  it('follows the real clock by default (fake timers)', async () => {
    vi.useFakeTimers({ now: T0 });
    try {
      const api = broker(() => Date.now());
      const credentials = createSpeechCredentials(api);
      await credentials();
      vi.advanceTimersByTime(9 * 60_000 - 1);
      await credentials();
      expect(api.speechToken).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(2);
      await credentials();
      expect(api.speechToken).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
