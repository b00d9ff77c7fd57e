import type { ResultOf } from '../../app/contract/kioskApi';

export type PendingCall = ResultOf<'pendingStaffCalls'>['items'][number];

/** The calls from one kiosk that no one has gone to yet: one line on the console, answered once. */
export interface CallGroup {
  key: string;
  ids: number[];
  kiosk: string | undefined;
  source: 'kiosk' | 'browser' | undefined;
  /** Languages the residents used, the latest caller's first. */
  languages: string[];
  count: number;
  firstAt: string;
  lastAt: string;
}

/**
 * The server already folds repeated calls from one source into one with a count; calls stored before it
 * did (or by an older kiosk) still arrive one per row. Grouping by kiosk here shows them as one line too.
 * Timestamps compare as strings: they are the kiosk's local ISO times, all with the same offset.
 */
export function groupCalls(calls: readonly PendingCall[]): CallGroup[] {
  const groups = new Map<string, CallGroup>();
  for (const call of calls) {
    const key = `${call.source ?? ''}|${call.kiosk ?? ''}`;
    const lastAt = call.lastAt ?? call.createdAt;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        key,
        ids: [call.id],
        kiosk: call.kiosk,
        source: call.source,
        languages: [call.language],
        count: call.count ?? 1,
        firstAt: call.createdAt,
        lastAt,
      });
      continue;
    }
    group.ids.push(call.id);
    group.count += call.count ?? 1;
    if (call.createdAt < group.firstAt) group.firstAt = call.createdAt;
    if (lastAt >= group.lastAt) {
      group.lastAt = lastAt;
      group.languages = [call.language, ...group.languages.filter((l) => l !== call.language)];
    } else if (!group.languages.includes(call.language)) {
      group.languages.push(call.language);
    }
  }
  return [...groups.values()].sort((a, b) => (a.firstAt < b.firstAt ? -1 : a.firstAt > b.firstAt ? 1 : 0));
}
