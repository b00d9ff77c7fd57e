import type { Kind } from '../domain/kinds';

/**
 * The default catalogue's categories that stand for one another across kinds: a neighbour quarrel
 * brought as a service is mediation, a public-safety worry brought as a suggestion is safety.
 * A centre's own catalogue without these codes simply gets none.
 */
const COUNTERPARTS: Readonly<Record<string, readonly string[]>> = {
  'svc.public-safety': ['sug.safety'],
  'svc.culture-sports': ['sug.activities'],
  // A class wished for ("arrange some computer classes for us", 要是办个学电脑的班) is an activity; booked, education.
  'svc.education': ['sug.activities'],
  'svc.housing': ['cmp.property'],
  'sug.safety': ['svc.public-safety'],
  'sug.activities': ['svc.culture-sports'],
  'cmp.neighbour': ['svc.mediation'],
  'cmp.family': ['svc.mediation'],
  'cmp.property': ['svc.housing'],
  'cmp.sanitation': ['sug.environment'],
  'cmp.facilities': ['sug.environment'],
  'sug.environment': ['cmp.sanitation'],
};

interface Weighed {
  value: string;
  score: number;
  last: number;
  quality: number;
  named: boolean;
}

/** Categories heard in other kinds, as their counterparts in `kind`; two that land on one code add up. */
export function counterpartsIn<T extends Weighed>(
  heard: readonly T[],
  kind: Kind,
  kindOf: ReadonlyMap<string, Kind>,
): T[] {
  const merged = new Map<string, T>();
  for (const c of heard) {
    const code = COUNTERPARTS[c.value]?.find((k) => kindOf.get(k) === kind);
    if (code === undefined) continue;
    const before = merged.get(code);
    merged.set(
      code,
      before === undefined
        ? { ...c, value: code }
        : {
            ...before,
            score: before.score + c.score,
            last: Math.max(before.last, c.last),
            quality: Math.max(before.quality, c.quality),
            named: before.named || c.named,
          },
    );
  }
  return [...merged.values()].sort((a, b) => b.score - a.score || b.last - a.last);
}
