import type { Token } from './normalise';

/**
 * A question put back to the kiosk is no answer. Asked "is that right?", a resident may ask in return
 * ("咁你覺得啱唔啱先？", "你说的是我刚才说的那个吗", "is it? is that what I said?"): the yes or no inside
 * such a question is the question's, not the resident's reply, so the kiosk asks again rather than act on
 * it. A reply beside the question still counts ("对吗？对的", "yes — is that all?").
 *
 * A clause is a question when the recogniser ended it with a question mark, when it ends on a question
 * particle (吗, 么, 咩; traditional forms are folded to these), or when it holds an A-not-A pair
 * (对不对, 啱唔啱, 是不是, 要唔要, 可不可以), Chinese's yes-or-no question, or ends on "or not" ("correct or
 * not"), the same question in Singaporean and Malaysian English, or on an English tag ("isn't it").
 */
const PARTICLES = new Set(['吗', '么', '麼', '咩']);
/** Said after a particle without changing the question ("对吗啊"). */
const TRAILING = new Set(['啊', '呀', '阿', '呢', '啦', '先']);
const NOT = new Set(['不', '唔', '没', '冇']);
const QUESTION_MARK = /[?？]/;
/** 没, 冇, 未 ending a clause whose verb is marked done (了, 咗, 过): "done yet?" (改了没, 食咗飯未). */
const NOT_YET = new Set(['没', '冇', '未']);
const DONE = new Set(['了', '咗', '过', '過']);
/** An English tag question: a negative auxiliary and a pronoun closing a clause ("…, isn't it", "…, don't you"). */
const TAG_VERBS = new Set(
  'isnt wasnt arent werent dont doesnt didnt wont cant couldnt wouldnt shouldnt havent hasnt hadnt'.split(' '),
);
const TAG_PRONOUNS = new Set(['it', 'you', 'they', 'we', 'he', 'she', 'i', 'there']);

/** The clauses (numbered as `clausesOf` numbers them) that are questions. */
export function questionClauses(text: string, tokens: readonly Token[], clause: readonly number[]): Set<number> {
  const questions = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const n = clause[i]!;
    const next = tokens[i + 1];
    const lastOfClause = next === undefined || clause[i + 1] !== n;
    if (lastOfClause) {
      if (QUESTION_MARK.test(text.slice(t.end, next?.start ?? text.length))) questions.add(n);
      let k = i;
      while (k > 0 && clause[k - 1] === n && tokens[k]!.han && TRAILING.has(tokens[k]!.text)) k--;
      if (tokens[k]!.han && PARTICLES.has(tokens[k]!.text)) questions.add(n);
      // 你带伞了没, 食咗飯未: a clause that ends on "not yet" after a done verb asks whether it is done.
      if (
        tokens[k]!.han &&
        NOT_YET.has(tokens[k]!.text) &&
        tokens.some((x, j) => j < k && clause[j] === n && DONE.has(x.text))
      )
        questions.add(n);
      // "correct or not", "can or not": English said the Chinese way, A-or-not at the clause's end.
      if (t.text === 'not' && i > 0 && clause[i - 1] === n && tokens[i - 1]!.text === 'or') questions.add(n);
      // "it's cold in here, isn't it", "you've got my name, haven't you": a tag question after a remark, in
      // its clause or as a clause of its own.
      if (TAG_PRONOUNS.has(t.text) && i > 1 && clause[i - 1] === n && TAG_VERBS.has(tokens[i - 1]!.text))
        questions.add(n);
    }
    if (
      aNotAAt(tokens, clause, i) &&
      // 不是不是, 唔啱唔啱: a no said twice; 梗係唔係: "of course not". Neither is a question.
      !(i > 0 && clause[i - 1] === n && (NOT.has(tokens[i - 1]!.text) || tokens[i - 1]!.text === '梗'))
    )
      questions.add(n);
  }
  return questions;
}

/** 对不对, 要唔要, 算不算: an A-not-A pair from token `i` on, in one clause — Chinese's yes-or-no question. */
export function aNotAAt(tokens: readonly Token[], clause: readonly number[], i: number): boolean {
  const [a, not, again] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return (
    a?.han === true &&
    again !== undefined &&
    clause[i + 2] === clause[i] &&
    again.text === a.text &&
    !NOT.has(a.text) &&
    NOT.has(not!.text)
  );
}
