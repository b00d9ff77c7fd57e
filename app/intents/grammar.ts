import type { Rating } from '../cases/lifecycle';
import type { Kind } from '../domain/kinds';
import type { PhraseAutomaton } from './automaton';
import type { Scopes } from './scopes';
import type { CommandShape } from './shapes';
import type { SituationWords } from './situationRules';
import type { Answer, Command } from './types';

/** Phrases that name a thing outright, and hints that only point to it (weighed half: 邻居, 楼上, upstairs). */
export interface PhraseSet {
  phrases: string[];
  hints: string[];
}

/** Words for numbers, each one token (a character, a digit or a word) unless said otherwise. */
export interface NumberWords {
  digits: Record<string, string[]>;
  /** Digit words that count only next to another digit ("一下" is not a 1, "oh, I see" not a 0). */
  weakDigits: string[];
  /** 十: "二十三" = 23 (choices only; a phone number is said digit by digit). */
  tens: string[];
  /** Numbers beyond the digits, as choices ("ten", "eleven"). */
  words: Record<string, string[]>;
  /** Ordinal phrases, any length: "the first one", "头一个". */
  ordinals: Record<string, string[]>;
  /** 第 in 第二个. */
  ordinalPrefixes: string[];
  /** 选 in 选二, "number" in "number two". */
  choicePrefixes: string[];
  /** 个 in 二个 and 第二个, "one" in "the second one". */
  choiceSuffixes: string[];
  /** "double five" = 55. */
  repeaters: Record<string, string[]>;
  /** 个 in 两个零 = 00: a count, this word, then the digit said that many times. */
  counters?: string[];
  /**
   * Words a recogniser writes for a digit's sound ("for" for four, 要 for 幺). One counts only between two
   * digits, or first in the utterance before two; digits that needed one are read back as a question.
   */
  soundalikes?: Record<string, string[]>;
  /**
   * Digits whose sound a recogniser may write with another character of the same reading (零 as 铃 or 玲,
   * 九 as 久): every character read so (the pinyin table's most common reading) counts as a soundalike.
   */
  soundalikeReadings?: string[];
  /**
   * 次 in 第一次, "time" in "my first time", 楼 in 三楼, "floor" in "the third floor", 星期 in 第二个星期一: after
   * an ordinal or a number they say what it counts (occasions, floors, blocks, weeks), and it chooses nothing.
   */
  occasions?: string[];
  /** "level" in "level three", "block" in "block 3", 哪 in 哪一类 (which one?): before a number, the same. */
  occasionsBefore?: string[];
  /** "dear", "gosh": after a weak digit they make it an exclamation ("…six oh, oh dear"), no digit. */
  exclaimedWith?: string[];
  /**
   * 位 in 中间四位, 个数 in 接着四个数, "digits" in "the first three digits": after a number they say how many
   * digits follow, a count that is no digit of the number.
   */
  digitCounts?: string[];
  /** "had" in "never had one", "a" in "a new one": after these a number word stands for a thing, no digit. */
  pronounAfter?: string[];
}

/**
 * Words that steer the understanding rather than name anything (understand.ts).
 * Each is matched only as written, never by sound.
 */
export const CUES = [
  /** 不是, 唔係, "not", "it isn't": what follows closely (a kind or a category) is rejected. */
  'negator',
  /**
   * "I don't want to make a fuss", 唔想搞大件事, 不想闹大: reluctance to complain — a kind listed right after it ("or
   * complain") is denied, and beside a need said after it the need is the request (understand.ts).
   */
  'reluctance',
  /** 不, 冇, "don't", "no": a kind said right after it is rejected (不投诉), a category is not (没有路灯). */
  'verbNegator',
  /** 没关系, 冇關係: what came before in the clause is rejected. */
  'postNegator',
  /** 我是说, "I mean", 不对, "sorry": what follows replaces what came before. */
  'correction',
  /** 可是, 不過, "but": a clause boundary. */
  'contrast',
  /** 错, 唔啱, "wrong": said after a yes, the read-back is wrong after all. */
  'fault',
  /** 让我想一下, 我唔肯定, "maybe": thinking aloud, not an answer. */
  'hedge',
  /** 我在等我老伴, "just waiting for": talk that is not for the kiosk. */
  'offTopic',
  /** 后四位, "the last four": names digits, holds none. */
  'label',
  /** 方面, 关于, "something about": the category said beside it is the topic, named outright. */
  'topic',
  /** 倒数, 最尾, "from the bottom": counts from the end of a list the matcher cannot see, so chooses nothing. */
  'fromEnd',
  /** 她, 他, 佢, "she", "he" opening a clause: what that person does (她去里面办事了) is not the resident's request. */
  'thirdPerson',
  /** 能不能, 有冇可能, "is there any way", "can or not": a request, whose verb (`provide`) says what for. */
  'ask',
  /** 搞, 整, 开, 加, "put on", "arrange", "more": something provided — after `ask`, for everyone a suggestion. */
  'provide',
  /** 帮我, 畀我, "for me", "help me": the resident asks for themselves — a service, not a suggestion. */
  'self',
  /** 如果, 要是, "if": a wish, when something is called good beside it (`good`). */
  'wish',
  /** 很好, 就好, 好啲, "better", "very good": with a wish, a suggestion. */
  'good',
  /** 人家, 别的社区, 人哋, "other places": somewhere else, compared — with `have` after it, a wish for the same here. */
  'elsewhere',
  /** 都有, 早就有, 都有晒, "all have": what somewhere else has (after `elsewhere`). */
  'have',
  /** 缺个, 少个, 欠個, "could do with": a lack stated, of something after it — a wish for it. */
  'lack',
  /** 少了点, 少咗啲, "too few": a shortage said after what is short (就是椅子少了点) — a wish for more of it. */
  'scarce',
  /** 我替我爸来的, 幫我阿媽, "I'm here for my dad": a carer speaking for someone — what that person wants is the request. */
  'onBehalf',
  /** 这机器, 呢部機, "this thing": the kiosk itself — a question about it ("can it hear dialect?") asks for help. */
  'machine',
  /**
   * 什么时候, 哪家, 多少钱, "when", "who made": a question about the kiosk's own history, maker or price (when was
   * it put in?) is talk about it, not a request for help using it.
   */
  'machineItself',
  /** 你看着办, 你話事, "up to you", "you decide": the resident leaves the choice to the kiosk or the staff. */
  'leftToYou',
  /**
   * 小伙子, 阿姨, 後生仔, "the young man", "the lady": a person described, not named as staff — with a call to come
   * over (叫他过来, 叫佢過嚟, "fetch", "get him") a call for staff (commands.ts callsSomeoneDescribed).
   */
  'personDescribed',
  /** 手机, 電話, "mobile": a phone, which with `haveNone` on the digits step says there is no number to give. */
  'phone',
  /**
   * 楼上, 隔壁, "upstairs", "next door", "floor": where a person lives — said after "the lady", "the man from", a
   * neighbour told of, not staff called (commands.ts).
   */
  'whereTheyLive',
  /** 没有, 冇, "haven't got", "never had": with `phone`, the resident has none (手机？我不会用，也没有). */
  'haveNone',
  /** 总之, 說正事, "anyway", "never mind that": what came before is an aside, the point follows (point.ts). */
  'point',
  /** 都听见了, 都聽到, "can hear it all": who is named right before it only overheard the story, not a party to it. */
  'overheard',
  /**
   * 我就想跟你们说说, 想同你哋講下, "I just wanted to tell you": the resident tells the centre something to pass on —
   * a provision after it is wished for, and a lack told of others is a suggestion meant, not only a story.
   */
  'tellYou',
  /**
   * 举报, 舉報, "report": a complaint's word, but after a scam or a theft told (a call that asked for money, "I want to
   * report it") the report goes to the police, a service (storyWords.ts reportedToThePolice).
   */
  'report',
] as const;
export type Cue = (typeof CUES)[number];

/** One language's intent grammar, `locales/<lng>/intents.json`: lists of literal phrases, nothing to expand. */
export interface IntentGrammar {
  language: string;
  /** Words that carry no meaning here ("我要", "please"); they neither count against a match nor name anything. */
  fillers: string[];
  kinds: Record<Kind, PhraseSet>;
  /** By catalogue code. */
  categories: Record<string, PhraseSet>;
  answers: Record<Answer, string[]>;
  commands: Record<Command, string[]>;
  numbers: NumberWords;
  cues: Record<Cue, string[]>;
  /**
   * Words said between a negator and what it negates (太 in 唔太記得, "quite" in "not quite sure"):
   * every hedge that starts with a negator also counts with one of them in between, so a hedge
   * family is written once.
   */
  degrees?: string[];
  /**
   * Searching for words ("how shall I put it", 我该怎么讲呢, 點樣講先好): a way of asking, a saying verb and
   * what closes it. Every combination is a hedge, so "how do I say this" is thinking aloud, not a call for
   * help with the kiosk; written once as parts, not sentence by sentence.
   */
  wording?: { asks: string[]; verbs: string[]; objects: string[] };
  /**
   * Extension: a resident's verdict on a resolved case (满意 / 基本满意 / 不满意), in
   * their words ("还行吧", "唔滿意", "not really"). Compiled only for the
   * question that asks for it, so no other step's understanding changes.
   */
  ratings?: Record<Rating, string[]>;
  /**
   * Extension: words that, said just before a verdict, turn a 满意 around
   * ("谈不上", "far from", "wouldnt say"); compiled as negators with the verdict's phrases only.
   */
  ratingNegators?: string[];
  /**
   * Commands by structure (shapes.ts): parts said in order (再 + 说, "take me" + "back"), each a cue list,
   * for the ways of saying a command that no phrase list can hold.
   */
  shapes?: CommandShape[];
  /**
   * Everyday words that sound like a kind, category or command word (中心 like 重新): never taken as its
   * slip when a word is heard only by its sound (match.ts, sound families; in English, spelling.ts: selling is no ceiling).
   */
  notSlips?: string[];
  /**
   * Characters a recogniser of this language writes for one another because they sound alike in it but not
   * in Mandarin (Cantonese 漏 lau, 流 lau; 嘈 cou, 粗 cou), each group one string: a phrase's character is
   * also heard as any other of its group. Compared by sound only, so such a word still needs half its
   * characters as written and costs confidence (findHits in match.ts).
   */
  soundsAlike?: string[];
  /**
   * A recogniser's common mishearings of words written with letters ("go bag" → "go back", "repeet" →
   * "repeat"): read as the words meant, marked as not said (spelling.ts), so the kiosk asks back.
   */
  misheard?: Record<string, string>;
  /**
   * Regional and dialect spellings of everyday words ("dis" → "this", "dinnae" → "dont", "me nah" → "i dont"):
   * the resident's own English, not a slip, so read as the word meant at no cost (spelling.ts).
   */
  spellings?: Record<string, string>;
  /** Things and troubles residents tell of (situations.ts): a story's words when it names no category. */
  situations?: SituationWords;
  /** Words that set the reach of others (scopes.ts): a first thought, who a wish is for, a part of a read-back. */
  scopes?: Scopes;
}

export type Meaning =
  | { slot: 'kind'; value: Kind; weight: number }
  | { slot: 'category'; value: string; weight: number }
  | { slot: 'answer'; value: Answer }
  | { slot: 'command'; value: Command }
  | { slot: 'choice'; value: number }
  | { slot: 'cue'; value: Cue }
  | { slot: 'rating'; value: Rating }
  | { slot: 'filler' };

/** A phrase as compiled: its tokens' compared forms and everything it can mean. */
export interface CompiledPhrase {
  texts: string[];
  meanings: Meaning[];
}

export interface CompiledNumbers {
  digit: Map<string, number>;
  weak: Set<string>;
  tens: Set<string>;
  word: Map<string, number>;
  ordinalPrefix: Set<string>;
  choicePrefix: Set<string>;
  choiceSuffix: Set<string>;
  repeater: Map<string, number>;
  occasion: Set<string>;
  occasionBefore: Set<string>;
  exclaimedWith: Set<string>;
  /** Each `digitCounts` word as its tokens' compared forms. */
  digitCount: string[][];
  pronounAfter: Set<string>;
  counter: Set<string>;
  soundalike: Map<string, number>;
}

export interface CompiledGrammar {
  language: string;
  phrases: CompiledPhrase[];
  automaton: PhraseAutomaton;
  /** Symbol id of each compared key (a pinyin syllable, or `=token`). */
  symbols: Map<string, number>;
  numbers: CompiledNumbers;
  /** Total tokens over all phrases, before reading variants: the grammar's size. */
  tokenCount: number;
  /** `notSlips`, each as its tokens' compared forms joined. */
  notSlips: Set<string>;
  /**
   * `soundsAlike`: each character to the others of its group. The automaton compares readings, so a key
   * borrowed from the group would let every Mandarin homophone of a member in (噪 zao: 早); a match is kept
   * only when each character not of the phrase's own sound is of its group (sharesSound).
   */
  alike: Map<string, Set<string>>;
  /** `misheard`, by the first token heard: what was heard and what was meant, as tokens' compared forms. */
  misheard: Map<string, { heard: string[]; meant: string[] }[]>;
  /** `spellings`, compiled as `misheard` is. */
  spellings: Map<string, { heard: string[]; meant: string[] }[]>;
}

/** A category from the centre's own catalogue, matched by its label and phrases. */
export interface ExtraCategory {
  code: string;
  kind: Kind;
  phrases: string[];
}
