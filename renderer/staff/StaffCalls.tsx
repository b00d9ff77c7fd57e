import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import type { KioskApi, ResultOf } from '../../app/contract/kioskApi';
import { timeOfDay } from './dates';

const POLL_MS = 3000;

/** A short two-tone chime: staff hear a call even when looking elsewhere. */
function chime() {
  try {
    const audio = new AudioContext();
    [880, 660].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.value = 0.2;
      tone.connect(gain).connect(audio.destination);
      tone.start(audio.currentTime + i * 0.25);
      tone.stop(audio.currentTime + i * 0.25 + 0.2);
    });
  } catch {
    // No audio device: the banner still shows.
  }
}

interface Props {
  api: KioskApi;
  /** The same calls marked as a timer's: a poll alone must not keep the staff session alive. */
  pollApi: KioskApi;
  /** When a person last acted on the console (performance.now()). */
  lastAction: () => number;
  t: TFunction;
}

/**
 * Residents' "call staff" requests, shown at once (polled) with a chime, until someone acknowledges them.
 * Repeated calls from one kiosk arrive as one call with a count: one line, acknowledged once.
 */
export function StaffCalls({ api, pollApi, lastAction, t }: Props) {
  const [calls, setCalls] = useState<ResultOf<'pendingStaffCalls'>['items']>([]);
  const known = useRef(new Set<number>());
  useEffect(() => {
    let live = true;
    let polledAt = performance.now();
    const poll = async () => {
      // A person who acted since the last poll (scrolled, typed a note) keeps the session alive through it.
      const acted = lastAction() > polledAt;
      polledAt = performance.now();
      const { items } = await (acted ? api : pollApi).pendingStaffCalls({}).catch(() => ({ items: [] }));
      if (!live) return;
      if (items.some((c) => !known.current.has(c.id))) chime();
      known.current = new Set(items.map((c) => c.id));
      setCalls(items);
    };
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, pollApi, lastAction]);
  if (calls.length === 0) return null;
  return (
    <section className="staff-calls" role="alert" aria-label={t('staff.calls.title')}>
      {calls.map((call) => (
        <p key={call.id} className="row">
          <strong>{t('staff.calls.call', { time: timeOfDay(call.createdAt) })}</strong>
          {call.kiosk !== undefined && <span>{t('staff.calls.kiosk', { kiosk: call.kiosk })}</span>}
          {(call.count ?? 1) > 1 && (
            <span>{t('staff.calls.repeated', { n: call.count, time: timeOfDay(call.lastAt ?? call.createdAt) })}</span>
          )}
          <button
            type="button"
            className="btn btn-primary"
            onClick={async () => {
              await api.acknowledgeStaffCall({ id: call.id });
              setCalls((current) => current.filter((c) => c.id !== call.id));
            }}
          >
            {t('staff.calls.acknowledge')}
          </button>
        </p>
      ))}
    </section>
  );
}
