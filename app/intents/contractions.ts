import type { Token } from './normalise';

/*
 * English said in full and English contracted compare alike: "do not" is "dont", "cannot" is "cant",
 * "I am" is "im". A recogniser writes either (older residents often say the words in full, and a
 * recogniser drops the apostrophe: "dont", "cant", "im"), and the grammar lists each phrase once, in
 * the contracted form. Both sides go through here (grammar phrases are tokenised like utterances), so
 * a phrase written either way matches either way. Only pairs whose contraction means nothing else:
 * "I will" (ill) and "we are" (were) stay as said.
 */
const FOLD: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries({
    do: { not: 'dont' },
    doe: { not: 'doesnt' },
    does: { not: 'doesnt' },
    did: { not: 'didnt' },
    can: { not: 'cant' },
    could: { not: 'couldnt' },
    would: { not: 'wouldnt' },
    should: { not: 'shouldnt' },
    will: { not: 'wont' },
    is: { not: 'isnt' },
    are: { not: 'arent' },
    was: { not: 'wasnt' },
    were: { not: 'werent' },
    have: { not: 'havent' },
    has: { not: 'hasnt' },
    had: { not: 'hadnt' },
    need: { not: 'neednt' },
    i: { am: 'im', have: 'ive' },
    you: { are: 'youre' },
    they: { are: 'theyre' },
    // Compared forms, as stem() leaves "thats", "theres" and "whats" said with an apostrophe.
    that: { is: 'that' },
    there: { is: 'there' },
    what: { is: 'what' },
  }).map(([first, second]) => [first, new Map(Object.entries(second))]),
);

/** One-word spellings of a contraction: "cannot", and "aint" (said for "isnt"), "dinnae"… are in the grammar. */
const SINGLE: ReadonlyMap<string, string> = new Map([['cannot', 'cant']]);

/**
 * Contractions that, without their apostrophe, are other words: "I'll" is not "ill" (health), "we'll" not
 * "well", "he'll" not "hell". Said with the apostrophe they are read in full.
 */
const APOSTROPHED: ReadonlyMap<string, readonly string[]> = new Map([
  ['ill', ['i', 'will']],
  ['well', ['we', 'will']],
  ['hell', ['he', 'will']],
  ['shell', ['she', 'will']],
  ['wed', ['we', 'would']],
  ['were', ['we', 'are']],
]);

/** The words a word written with an apostrophe stands for, when without it it would be another word. */
export function withApostrophe(word: string): readonly string[] | undefined {
  return APOSTROPHED.get(word);
}

/** The tokens with every full form contracted; the same array when there is none. */
export function foldContractions(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const pair = t.han || next === undefined || next.han ? undefined : FOLD.get(t.text)?.get(next.text);
    const single = t.han ? undefined : SINGLE.get(t.text);
    if (pair === undefined && single === undefined) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    if (pair !== undefined) {
      out.push({ ...t, text: pair, end: next!.end });
      i++;
    } else out.push({ ...t, text: single! });
  }
  return out ?? tokens;
}
