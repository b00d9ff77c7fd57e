import type { Kind } from '../domain/kinds';

/*
 * The classes of the situations layer (situations.ts) and the pairs that point to a category, the same in
 * every language: each language's grammar lists its words for each class (`situations`).
 */

export const THINGS = [
  'stairs',
  'lift',
  'lights',
  'path',
  'fixture',
  'pipe',
  'bins',
  'animal',
  'neighbour',
  'kin',
  'bill',
  'card',
  'money',
  'job',
  'home',
  'school',
  'gate',
  'place',
  'elders',
  'retired',
  'phone',
  'benefit',
  'medicine',
  'traffic',
  'gas',
  'office',
] as const;
export type Thing = (typeof THINGS)[number];

export const TROUBLES = [
  'smell',
  'dirt',
  'unemptied',
  'noise',
  'sleepless',
  'leak',
  'broken',
  'stuck',
  'dark',
  'fall',
  'afraid',
  'attack',
  'blocked',
  'unguarded',
  'scam',
  'lost',
  'refused',
  'unpaid',
  'jobless',
  'evicted',
  'mistreat',
  'quarrel',
  'settle',
  'overcharged',
  'neglect',
  'bare',
  'lonely',
  'idle',
  'bereaved',
  'unsure',
  'smoke',
  'throw',
  'stopped',
  'cantget',
  'danger',
  'speeding',
  'bedridden',
  'robbed',
  'waiting',
  'papers',
] as const;
export type Trouble = (typeof TROUBLES)[number];

/** A language's situation words (`locales/<lng>/intents.json`, `situations`). */
export interface SituationWords {
  things: Partial<Record<Thing, string[]>>;
  troubles: Partial<Record<Trouble, string[]>>;
  /** Words that say where ("in the", "by the"): a category named after one is a story's place (places.ts). */
  where?: string[];
}

/**
 * A pair of a thing and a trouble (or a trouble alone, `things: null`) and the categories it points to,
 * one per kind at most; `tells` is the kind the story itself asks for when no kind is said. `strength`
 * orders readings of one story: a person's trouble (a son who won't let them in) outweighs the place's
 * (a flat they cannot enter).
 */
export interface Rule {
  things: readonly Thing[] | null;
  troubles: readonly Trouble[];
  to: readonly string[];
  tells?: Kind;
  /** The kind it tells is only a guess: read back, never taken as it is. */
  unsure?: boolean;
  strength?: number;
}

const PLACES: readonly Thing[] = ['stairs', 'bins', 'pipe', 'place', 'path', 'animal', 'gate', 'lift'];
const FIXED: readonly Thing[] = ['lift', 'lights', 'path', 'fixture', 'gate', 'stairs'];
const SAFETY = ['sug.safety', 'svc.public-safety'];

export const RULES: readonly Rule[] = [
  // Rubbish and sanitation.
  { things: PLACES, troubles: ['smell', 'dirt'], to: ['cmp.sanitation', 'sug.environment'], tells: 'complaint' },
  { things: ['bins'], troubles: ['unemptied', 'neglect'], to: ['cmp.sanitation'], tells: 'complaint', strength: 1.5 },
  { things: ['pipe'], troubles: ['blocked'], to: ['cmp.sanitation'], tells: 'complaint' },
  {
    things: null,
    troubles: ['smell', 'dirt', 'unemptied'],
    to: ['cmp.sanitation', 'sug.environment'],
    tells: 'complaint',
  },
  // Noise.
  {
    things: ['neighbour', 'animal', 'place', 'stairs'],
    troubles: ['noise', 'sleepless'],
    to: ['cmp.noise'],
    tells: 'complaint',
  },
  { things: null, troubles: ['noise'], to: ['cmp.noise'], tells: 'complaint' },
  { things: null, troubles: ['sleepless'], to: ['cmp.noise'], tells: 'complaint', strength: 0.7 },
  // Neighbours: what comes from their flat (water, smoke, cooking, their things) is theirs.
  {
    things: ['neighbour'],
    troubles: ['leak', 'blocked', 'attack', 'smell', 'smoke', 'throw'],
    to: ['cmp.neighbour', 'svc.mediation'],
    tells: 'complaint',
    strength: 1.3,
  },
  { things: null, troubles: ['throw'], to: ['cmp.neighbour'], tells: 'complaint' },
  { things: ['animal'], troubles: ['attack', 'afraid'], to: ['cmp.neighbour', 'sug.safety'], tells: 'complaint' },
  { things: ['stairs'], troubles: ['blocked'], to: ['cmp.neighbour', 'svc.public-safety'], tells: 'complaint' },
  { things: ['neighbour'], troubles: ['quarrel', 'settle'], to: ['svc.mediation', 'cmp.neighbour'] },
  { things: null, troubles: ['settle'], to: ['svc.mediation'] },
  // Facilities.
  { things: ['pipe'], troubles: ['leak', 'broken'], to: ['cmp.facilities', 'svc.housing'], tells: 'complaint' },
  {
    things: FIXED,
    troubles: ['broken', 'stuck', 'dark', 'fall', 'danger', 'lost'],
    to: ['cmp.facilities', 'sug.safety'],
    tells: 'complaint',
  },
  { things: ['place', 'stairs'], troubles: ['dark', 'fall'], to: ['cmp.facilities', 'sug.safety'], tells: 'complaint' },
  {
    things: null,
    troubles: ['stuck', 'dark', 'fall'],
    to: ['cmp.facilities', 'sug.safety'],
    tells: 'complaint',
    strength: 0.7,
  },
  { things: ['gas'], troubles: ['smell'], to: [...SAFETY, 'cmp.facilities'], strength: 1.5 },
  // Property management: reported and never mended, whatever broke, or charged for nothing.
  { things: null, troubles: ['neglect'], to: ['cmp.property'], tells: 'complaint', strength: 1.2 },
  {
    things: ['pipe', 'lift', 'lights', 'fixture', 'gate', 'path'],
    troubles: ['neglect'],
    to: ['cmp.property'],
    tells: 'complaint',
    strength: 1.5,
  },
  { things: ['bill'], troubles: ['overcharged', 'neglect'], to: ['cmp.property'], tells: 'complaint', strength: 1.5 },
  // Family.
  { things: ['kin'], troubles: ['mistreat'], to: ['cmp.family', 'svc.mediation'], tells: 'complaint', strength: 2 },
  { things: ['kin'], troubles: ['quarrel'], to: ['cmp.family', 'svc.mediation'], tells: 'complaint', strength: 1.5 },
  // Services a story asks for.
  { things: ['home'], troubles: ['evicted'], to: ['svc.housing', 'cmp.property'], tells: 'service' },
  // The rent put up (房租涨了, "they've put my rent up again"): housing, as the service charge is the property's.
  { things: ['home'], troubles: ['overcharged'], to: ['svc.housing'], tells: 'service' },
  // One's own home falling apart (屋顶漏, "the roof leaks"): repairs to the home, whoever is to mend them.
  { things: ['home'], troubles: ['leak', 'broken'], to: ['svc.housing'] },
  { things: ['card'], troubles: ['lost', 'refused'], to: ['svc.social-security'], tells: 'service' },
  // A pension or allowance stopped or missing is social security, not wages unpaid.
  {
    things: ['benefit'],
    troubles: ['stopped', 'lost', 'unpaid', 'refused'],
    to: ['svc.social-security'],
    tells: 'service',
    strength: 1.5,
  },
  { things: ['money', 'card', 'benefit'], troubles: ['bereaved'], to: ['svc.social-security'], tells: 'service' },
  { things: ['money', 'job'], troubles: ['unpaid'], to: ['svc.employment'], tells: 'service' },
  { things: null, troubles: ['unpaid', 'jobless'], to: ['svc.employment'], tells: 'service' },
  { things: ['medicine'], troubles: ['cantget', 'refused', 'stopped'], to: ['svc.health'], tells: 'service' },
  // Someone at home who can no longer get up (瘫在床上, bedbound since a stroke): care at home.
  { things: null, troubles: ['bedridden'], to: ['svc.health', 'sug.elderly'], tells: 'service' },
  { things: ['school'], troubles: ['unsure', 'refused'], to: ['svc.education'], tells: 'service' },
  // A child picked on at school: the school's care of them, not a neighbour's dog.
  { things: ['school'], troubles: ['attack'], to: ['svc.education'], tells: 'service' },
  // Papers asked for (proof of address, a letter, a form): the office that asks tells which service.
  { things: ['school'], troubles: ['papers'], to: ['svc.education'], tells: 'service' },
  { things: ['home'], troubles: ['papers'], to: ['svc.housing'], tells: 'service' },
  { things: ['benefit', 'card'], troubles: ['papers'], to: ['svc.social-security'], tells: 'service' },
  // Safety.
  // A scam told (a call, money or a card taken by a trick) or a theft is to be reported: a service, unless a
  // wish is said with it. A scam word alone ("anti-fraud awareness") tells no kind.
  { things: ['phone', 'money', 'card'], troubles: ['scam'], to: SAFETY, tells: 'service' },
  { things: null, troubles: ['scam'], to: SAFETY },
  // Money taken by force or threat (堵着要钱, "taking her money" on the way to school) is for the police.
  { things: ['kin', 'school'], troubles: ['robbed'], to: SAFETY, tells: 'service', strength: 1.5 },
  { things: null, troubles: ['robbed'], to: SAFETY, tells: 'service' },
  { things: ['gate', 'place'], troubles: ['unguarded', 'dark', 'afraid'], to: SAFETY },
  { things: null, troubles: ['unguarded'], to: SAFETY },
  { things: ['traffic'], troubles: ['speeding', 'danger', 'fall'], to: SAFETY },
  { things: null, troubles: ['speeding', 'danger'], to: SAFETY },
  // What the community lacks (suggestions).
  { things: null, troubles: ['bare'], to: ['sug.environment'] },
  // Queues and short hours at the centre's own counters (排半天队, "closes before I get there").
  { things: ['office'], troubles: ['waiting'], to: ['sug.services', 'cmp.other'] },
  { things: null, troubles: ['waiting'], to: ['sug.services'] },
  // Told of others in the community (old folk alone, retired neighbours idle), a lack is a suggestion —
  // asked back, since a resident may be telling of their own life.
  { things: ['elders'], troubles: ['lonely'], to: ['sug.elderly'], tells: 'suggestion', unsure: true },
  { things: null, troubles: ['lonely'], to: ['sug.elderly'] },
  { things: null, troubles: ['idle'], to: ['sug.activities', 'svc.culture-sports'] },
  {
    things: ['retired', 'elders'],
    troubles: ['idle'],
    to: ['sug.activities', 'svc.culture-sports'],
    tells: 'suggestion',
    unsure: true,
  },
];
