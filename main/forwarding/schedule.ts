/** How often the kiosk looks for submissions to forward and retries due ones. */
export const FORWARDING_INTERVAL_MS = 60_000;

export interface ForwardingTimer {
  /** Stops the timer and waits for the send in flight to be recorded. */
  stop(): Promise<void>;
}

/**
 * Ticks the forwarder (or the SMS sender) now and then every `intervalMs`, for the browser host
 * and Electron's main (not for the admin CLI, which only reads and writes the
 * outbox). The timer does not keep the process alive, and a failed tick is
 * logged and tried again at the next one.
 */
export function startForwardingTimer(
  forwarder: { tick(): Promise<unknown>; stop(): Promise<void> },
  intervalMs = FORWARDING_INTERVAL_MS,
  what = 'forwarding',
): ForwardingTimer {
  const tick = () => {
    forwarder.tick().catch((error: unknown) => console.error(`linli: ${what} failed:`, error));
  };
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await forwarder.stop();
    },
  };
}
