import type { Language } from '../i18n/languages';
import {
  asksAboutKiosk,
  asksForAHand,
  asksForSomeone,
  callsSomeoneDescribed,
  callsStaffAfterStory,
  commandInOwnClause,
  isSaidAsCommand,
} from './commands';
import { GRAMMARS } from './grammars';
import { type Hit, isFiller, means, span } from './hits';
import type { Token } from './normalise';
import { spansOf } from './scopes';
import { commandByShape, type ShapeFound, shapeSureness } from './shapes';
import type { Situation } from './situations';
import { asksWhatToDo } from './storyWords';
import { remarksOnMachine } from './talk';
import type { Command, Expect } from './types';
import { hasCue } from './understand';

/*
 * The command step, split from match.ts as kindStep.ts and replyStep.ts were: which command phrase was said
 * as one, how much of the resident's own talk may surround it, commands said in a clause of their own, a
 * question about the kiosk, a person asked for in words of the resident's own, and commands found by shape.
 */

export interface CommandStep {
  text: string;
  lang: Language;
  expect: Expect;
  tokens: readonly Token[];
  owner: readonly (Hit | null)[];
  chosen: readonly Hit[];
  clause: readonly number[];
  /** Every phrase found, chosen or not. */
  found: readonly Hit[];
  /** The phrases that name a kind or category and are not rejected. */
  naming: readonly Hit[];
  hedged: boolean;
  offTopic: boolean;
  story: Situation;
  /** How many words of the resident's own a plain answer may carry. */
  slack: number;
  /** How many tokens from `from` to `to` no phrase holds. */
  uncovered: (from?: number, to?: number) => number;
}

export interface CommandHeard {
  command: Command | null;
  sure: number;
  /** The command phrase weighed, if any: what a kind named beside it is weighed against. */
  commandHit: Hit | undefined;
  /** Every command phrase said as one. */
  commands: Hit[];
  /** A command found by its shape (shapes.ts), if one was looked for and found. */
  shape: ShapeFound | null;
  /** Staff called outright after a story: the story is for them to see to, so it names no kind here. */
  overStory: boolean;
}

const commandOf = (h: Hit) => h.phrase.meanings.find((m) => m.slot === 'command')?.value;
const sameCommand = (a: Hit, b: Hit) => commandOf(a) === commandOf(b);
const sameMeaning = (h: Hit | undefined, command: Command) => h !== undefined && commandOf(h) === command;

/** The command the resident asked for, how sure, and the phrases the later steps weigh beside it. */
export function weighCommand(step: CommandStep): CommandHeard {
  const { text, lang, expect, tokens, owner, chosen, clause, naming, hedged, offTopic, story, slack, uncovered } = step;
  const out: { command: Command | null; sure: number } = { command: null, sure: 0 };
  // Universal commands: at every step, when the utterance is the command (and fillers) and names nothing.
  // Said in other words ("我没听明白，你再讲一遍") a command comes with more words around it; while
  // dictating or saying digits those words are more likely the resident's own, so the bound stays tight.
  // Asked for a person and said why ("我看不明白，叫你们的人来"): the person is what they asked for, and
  // staff help with everything the help screen would.
  // Two commands ("我唔明，可唔可以 repeat 多次"): the first says why, the last what they want — but a
  // lone short word ("I don't know what I'm supposed to press") never outranks a phrase.
  // A lone short word ("what", 啥) inside a longer sentence is no command: only a phrase of some length earns the room.
  const long = (h: Hit) => span(h) >= (lang === 'en' ? 2 : 3);
  // Asked for their number, a resident who "can't remember" (记不住, 記唔住) or searches for it (係乜嘢嚟呢,
  // 是多少来着, "what is it now": the question word inside) is looking for it, not asking to hear the question
  // again: nothing is asked for, and the kiosk asks again as it would for a repeat.
  const recalls = (h: Hit) =>
    expect === 'digits' &&
    spansOf(GRAMMARS[lang], tokens, 'forgetting').some(
      (f) => (f.start >= h.start && f.end <= h.end) || (h.start >= f.start && h.end <= f.end),
    );
  // "Are you the new nurse?" (你係咪新嚟嘅姑娘, 你是不是新来的工作人员): a staff word said of the one listening
  // asks who they are; a member of staff is already there, and none is called. Within a few words, not a
  // clause: recognisers space such a question word by word (你 係咪 新嚟 嘅 姑娘).
  const youAre = spansOf(GRAMMARS[lang], tokens, 'youAre');
  const askedWhoYouAre = (h: Hit) =>
    sameMeaning(h, 'call_staff') && youAre.some((s) => s.end <= h.start && h.start - s.end <= 6);
  const commands = chosen.filter(
    (h) =>
      means(h, 'command') && !recalls(h) && !askedWhoYouAre(h) && isSaidAsCommand(h, tokens, owner, chosen, clause),
  );
  const commandHit =
    commands.find((h) => h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'call_staff')) ??
    commands.filter(long).at(-1) ??
    commands.at(-1);
  const phrased = commandHit !== undefined && long(commandHit);
  const roomy = !phrased ? slack : expect !== 'free' && expect !== 'digits' ? slack + 3 : slack + 2;
  // Thinking aloud around a short word ("让我琢磨一下说啥", "等等，我諗吓先") is no request to repeat.
  // Talk meant for someone else ("the bus was late again") holds no short command either.
  // Asked to confirm, "I can't tell" beside a yes or no weighed aloud (好像是吧 又好像不是 我也搞不清楚) is not
  // knowing the answer, not a question about the kiosk: it is asked again, not taken as a call for help.
  // So is "I can't make it out" after "who knows" (哪个晓得嘛 我搞不清楚): the doubt said on.
  const helpIsDoubt =
    hedged &&
    expect === 'yesno' &&
    chosen.some(
      (h) => means(h, 'answer') || (hasCue(h, 'hedge') && commandHit !== undefined && h.end <= commandHit.start),
    ) &&
    commandHit?.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'help');
  const unsaid = ((hedged || offTopic) && !phrased) || helpIsDoubt === true;
  // Asked for a person, a kind only hinted at ("帮我弄一下", "help me with this") is what the person is for;
  // beside a command phrase ("could you go over that one more time") such a hint is only politeness.
  const person = commandHit?.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'call_staff') === true;
  const hintedKind = (h: Hit) =>
    h.phrase.meanings.every((m) => m.slot !== 'category' && (m.slot !== 'kind' || m.weight < 1));
  // A hint said in a clause of its own beside a command phrase is the reason given ("speak slower please,
  // I'm old"), not a request.
  // The resident's own age beside a command phrase, in its clause or not (慢慢講多一次 我老人家跟唔上, "say it
  // slowly, I'm old"), is why too: 老人家 there is who they are, no elderly service asked for (round twenty-three).
  const elder = spansOf(GRAMMARS[lang], tokens, 'selfAsElder');
  const reason = (h: Hit) =>
    commandHit !== undefined &&
    ((clause[h.start] !== clause[commandHit.start] &&
      h.phrase.meanings.every((m) => (m.slot !== 'category' && m.slot !== 'kind') || m.weight < 1)) ||
      (phrased && elder.some((s) => s.start <= h.start && h.end <= s.end)));
  // At a step that asks for no kind or category (digits, yes/no), a thing named in another clause beside a
  // command phrase ("退回上一步，我要改名字") is why they go back, not a request.
  // So is a thing named after a command phrase that opens what was said ("sorry what was that my hearing aid's
  // playing up"): the request first, then why.
  const asidesHere = expect === 'digits' || expect === 'yesno' || expect === 'choice';
  const opens =
    commandHit !== undefined &&
    owner.slice(0, commandHit.start).every((o) => o !== null && (isFiller(o) || means(o, 'command')));
  const aside = (h: Hit) =>
    asidesHere && phrased && (clause[h.start] !== clause[commandHit!.start] || (opens && h.start >= commandHit!.end));
  // The same command asked twice ("no idea what I'm meant to say here what do I do"), nothing named: the words
  // between are why, however many.
  const twice =
    commandHit !== undefined &&
    naming.length === 0 &&
    commands.filter((h) => h !== commandHit && sameCommand(h, commandHit)).length > 0;
  // A step gone back to after a fault told before it ("i gave the wrong answer on the bit before can we go
  // back", 刚才选错了，退回去): the fault is why, however many words it takes; nothing named, no story told.
  const mended =
    phrased &&
    naming.length === 0 &&
    !offTopic &&
    story.words.length === 0 &&
    sameMeaning(commandHit, 'back') &&
    chosen.some((h) => hasCue(h, 'fault') && h.end <= commandHit.start);
  // Words that only press the command ("Staff. Here. Now.", 叫人，快点) are none of the resident's own.
  const pressed = () =>
    spansOf(GRAMMARS[lang], tokens, 'pressing').reduce(
      (n, p) => n + owner.slice(p.start, p.end).filter((o) => o === null).length,
      0,
    );
  const loose = commandHit === undefined || uncovered() === 0 ? uncovered() : uncovered() - pressed();
  if (
    commandHit &&
    !unsaid &&
    !asksWhatToDo(commandHit, story, clause) &&
    naming.every((h) => h === commandHit || ((person || phrased) && (hintedKind(h) || reason(h) || aside(h)))) &&
    (loose <= roomy || twice || mended)
  ) {
    out.command = commandHit.phrase.meanings.find((m) => m.slot === 'command')!.value as Command;
    out.sure = commandHit.quality * (loose === 0 ? 0.95 : loose <= slack ? 0.85 : 0.7);
  }
  // A command phrase in a clause of its own ("烦死了这破机器 我要跟真人说话", "别往下走了，先回去"): commands.ts.
  if (out.command === null && commandHit && !hedged && !offTopic) {
    const said = { text, tokens, owner, chosen, clause };
    const room = (loose: number) => uncovered() - loose <= roomy + 2;
    const sure = commandInOwnClause(commandHit, said, naming, hintedKind, phrased, room);
    // "What should I do" after a story told in another clause (有人打电话让我转钱，我该怎么办; 樓上漏水，我應該點做)
    // asks what to do about the story, not how to use the kiosk: the story is the request.
    if (sure !== null && !asksWhatToDo(commandHit, story, clause)) {
      out.command = commandHit.phrase.meanings.find((m) => m.slot === 'command')!.value as Command;
      out.sure = sure;
    }
  }
  let overStory = false;
  // Staff called outright after a story (…我驚會出事呀 快啲叫個職員嚟睇吓): a request for a person wins over it.
  if (
    out.command === null &&
    commandHit &&
    person &&
    !hedged &&
    !offTopic &&
    callsStaffAfterStory(commandHit, tokens, owner, naming, clause)
  ) {
    out.command = 'call_staff';
    out.sure = 0.7;
    overStory = true;
  }
  if (out.command === null && !hedged && !offTopic && asksAboutKiosk(text, tokens, chosen, naming, clause)) {
    out.command = 'help';
    out.sure = 0.7;
  }
  const onlyHints = naming.every((h) =>
    h.phrase.meanings.every((m) => m.slot !== 'category' && (m.slot !== 'kind' || m.weight < 1)),
  );
  // A person asked for wins over help said with it (找个会弄的人来帮帮我), as a person phrase does above.
  const free = out.command === null || out.command === 'help';
  if (
    free &&
    !hedged &&
    !offTopic &&
    onlyHints &&
    (asksForSomeone(tokens, clause) ||
      callsSomeoneDescribed(tokens, chosen, clause) ||
      asksForAHand(GRAMMARS[lang], tokens, clause))
  ) {
    out.command = 'call_staff';
    out.sure = 0.7;
  }
  // Said in words no list holds, a command is found by its shape (shapes.ts): sure when the shape is most of
  // what was said, asked back ("did you mean …?") when many words of the resident's own surround it.
  // A hedge inside the shape is part of it (听不太清楚, 我唔知要做乜): a failure to hear, not thinking aloud.
  // A word inside the shape names nothing of its own (服务员 in 喊个服务员过来: a person, not a service).
  // A person asked for by shape wins over help said with it (说不明白，换个人跟我说), as above.
  const shape = offTopic
    ? null
    : out.command === null
      ? commandByShape(GRAMMARS[lang], tokens, clause)
      : out.command === 'help'
        ? commandByShape(GRAMMARS[lang], tokens, clause, 'call_staff')
        : null;
  if (shape !== null && !remarksOnMachine({ text, tokens, chosen, clause }, shape)) {
    const room = (from: number, to: number) => uncovered() - uncovered(from, to) <= roomy + 2;
    const around = { tokens, chosen, found: step.found, clause, naming, hedged, hinted: hintedKind, room };
    const sure = shapeSureness(shape, around);
    if (sure !== null && !asksWhatToDo(shape, story, clause)) {
      out.command = shape.command;
      out.sure = sure;
    }
  }
  return { ...out, commandHit, commands, shape, overStory: overStory && out.command === 'call_staff' };
}
