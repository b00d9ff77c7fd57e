import type zhCN from '../../locales/zh-CN/translation.json';

/** The dotted paths to the `Leaf` values of a locale tree: `{ voice: { again: '…' } }` gives `'voice.again'`. */
type Paths<T, Leaf, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf
    ? `${Prefix}${K}`
    : T[K] extends string | readonly unknown[]
      ? never
      : Paths<T[K], Leaf, `${Prefix}${K}.`>;
}[keyof T & string];

type Strings = typeof zhCN;

/**
 * A key of a string in the locale files, derived from zh-CN (the first locale; the locale test
 * checks that every locale has the same keys). A key held in data — a prompt table, a spoken
 * segment — is typed with this, so a typo fails `tsc` where it is written, not when it is said.
 * app/ may not import i18next, so the type comes from the JSON itself; the renderer's `t()` is typed
 * from the same file (renderer/i18next.d.ts).
 */
export type LocaleKey = Paths<Strings, string>;

/** A key of a phrase list (`catalogue.<code>.phrases`), read with `returnObjects`. */
export type PhraseListKey = Paths<Strings, readonly string[]>;

/**
 * A key put together at run time from data the types cannot follow (a category code from the
 * centre's configuration, a settings step held as a number). The one deliberate way past the key
 * type, so each use can be found; the locale test checks every key built from the domain's lists.
 */
export function dynamicKey<Key extends LocaleKey | PhraseListKey = LocaleKey>(key: string): Key {
  return key as Key;
}
