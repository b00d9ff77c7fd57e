import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import type { KioskApi } from '../../app/contract/kioskApi';
import type { Language } from '../../app/i18n/languages';
import { type CallGroup, groupCalls, type PendingCall } from './callGroups';
import { timeOfDay } from './dates';
import { languageName } from './words';

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
  language: Language;
  t: TFunction;
}

/**
 * Residents' "call staff" requests, shown at once (polled) with a chime, until someone acknowledges them.
 * Calls from one kiosk show as one line — where, since when, in which language, how often — answered once.
 */
export function StaffCalls({ api, pollApi, lastAction, language, t }: Props) {
  const [calls, setCalls] = useState<PendingCall[]>([]);
  // Each call's count as last seen: a new call, or a resident calling again, chimes.
  const known = useRef(new Map<number, number>());
  useEffect(() => {
    let live = true;
    let polledAt = performance.now();
    const poll = async () => {
      // A person who acted since the last poll (scrolled, typed a note) keeps the session alive through it.
      const acted = lastAction() > polledAt;
      polledAt = performance.now();
      const { items } = await (acted ? api : pollApi).pendingStaffCalls({}).catch(() => ({ items: [] }));
      if (!live) return;
      if (items.some((c) => (known.current.get(c.id) ?? 0) < (c.count ?? 1))) chime();
      known.current = new Map(items.map((c) => [c.id, c.count ?? 1]));
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
  const answer = async (group: CallGroup) => {
    await Promise.all(group.ids.map((id) => api.acknowledgeStaffCall({ id })));
    setCalls((current) => current.filter((c) => !group.ids.includes(c.id)));
  };
  return (
    <section className="staff-calls" role="alert" aria-label={t('staff.calls.title')}>
      <p className="calls-lead">{t('staff.calls.waiting')}</p>
      <ul className="call-groups">
        {groupCalls(calls).map((group) => (
          <CallLine key={group.key} group={group} language={language} t={t} onAnswer={() => answer(group)} />
        ))}
      </ul>
    </section>
  );
}

function CallLine({
  group,
  language,
  t,
  onAnswer,
}: {
  group: CallGroup;
  language: Language;
  t: TFunction;
  onAnswer(): Promise<void>;
}) {
  const id = useId();
  const first = timeOfDay(group.firstAt, language);
  const last = timeOfDay(group.lastAt, language);
  const where =
    group.kiosk === undefined
      ? null
      : t(group.source === 'browser' ? 'staff.calls.browser' : 'staff.calls.kiosk', { kiosk: group.kiosk });
  return (
    <li className="call-group">
      <span id={id} className="call-facts">
        {where && <strong>{where}</strong>}
        <span>
          {t('staff.calls.language', {
            language: group.languages.map((l) => languageName(l, t)).join(t('staff.listSeparator')),
          })}
        </span>
        <span className="call-count">{t('staff.calls.times', { n: group.count })}</span>
        <span>{first === last ? t('staff.calls.at', { time: first }) : t('staff.calls.span', { first, last })}</span>
      </span>
      <button type="button" className="btn btn-primary" aria-describedby={id} onClick={onAnswer}>
        {t('staff.calls.acknowledge')}
      </button>
    </li>
  );
}
