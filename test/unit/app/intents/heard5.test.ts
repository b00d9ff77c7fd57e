import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import { grammarFor } from '../../../../app/intents/match';
import { tokenise } from '../../../../app/intents/normalise';
import { repairSpelling } from '../../../../app/intents/spelling';
import type { Expect } from '../../../../app/intents/types';

/*
 * The rules found from heldout5's misses and the English development batch, each checked on sentences
 * written for this file (none is in a corpus or held-out set).
 */
const at = (lang: Language, expect: Expect, text: string, kind?: Kind) => matchIntent(text, { lang, expect, kind });

describe('one word said inside a sentence of its own is not the command', () => {
  it.each([
    ['en', 'yesno', 'sorry my hearing is not great'],
    ['en', 'yesno', 'was that what you wanted?'],
    ['en', 'free', 'is that what you heard?'],
    ['en', 'kind', 'sorry I am late, the bus'],
    ['zh-HK', 'yesno', '係咪真係啱咩？'],
  ] as const)('%s %s "%s"', (lang, step, text) => {
    expect(at(lang, step, text).command).toBeNull();
  });

  it.each([
    ['en', 'yesno', 'what?', 'repeat'],
    ['en', 'yesno', 'sorry, what?', 'repeat'],
    ['en', 'kind', 'pardon?', 'repeat'],
    ['zh-HK', 'yesno', '咩？', 'repeat'],
    ['en', 'free', 'back, please', 'back'],
  ] as const)('but alone it is: %s %s "%s"', (lang, step, text, command) => {
    expect(at(lang, step, text).command).toBe(command);
  });
});

describe('what a fault is said of', () => {
  it('names the wrong part of a read-back, it is no command', () => {
    const result = at('en', 'yesno', 'no, the last bit is wrong');
    expect(result).toMatchObject({ answer: 'no', command: null });
    // Said as a request, the same words go back.
    expect(at('en', 'free', 'go back to the last bit').command).toBe('back');
  });
});

describe('a denial covers what it names and what is listed beside it', () => {
  it('keeps what is named after it in other words', () => {
    expect(
      at('en', 'category', "it's not about the lift it's the rubbish, nobody takes it", 'complaint').category,
    ).toBe('cmp.sanitation');
    expect(at('en', 'kind', 'not a suggestion honestly I just need some help with my pension').kind).toBe('service');
  });

  it('still denies a list', () => {
    const result = at('en', 'category', 'not the noise or the rubbish', 'complaint');
    expect(result.category).toBeNull();
  });
});

describe('a topic word', () => {
  it('points at what follows it, not at what it is said of', () => {
    expect(at('en', 'kind', "I got a letter about my rent and I can't make head or tail of it")).toMatchObject({
      category: 'svc.housing',
    });
  });
});

describe('two real words are not joined into a third', () => {
  it('"able to" stays two words, and a split word is still joined', () => {
    const words = (text: string) => repairSpelling(tokenise(text), grammarFor('en')).map((t) => t.text);
    expect(words('I am not able to sleep')).not.toContain('tablet');
    expect(at('en', 'free', 'could you re peat that').command).toBe('repeat');
  });
});

describe('what others ought to do', () => {
  it('is the resident suggestion, while what others came for is not their request', () => {
    expect(at('en', 'kind', 'they ought to plant some trees along the canal').kind).toBe('suggestion');
    expect(at('en', 'kind', "she's gone in to make a complaint").kind).toBeNull();
  });
});

describe('a question "A or not"', () => {
  it('asks, it denies nothing', () => {
    expect(at('en', 'category', 'a doctor here have or not', 'service').category).toBe('svc.health');
  });

  it('is a question put back on a yes/no step, no answer', () => {
    expect(at('en', 'yesno', 'correct or not').answer).toBeNull();
    expect(at('en', 'yesno', 'correct').answer).toBe('yes');
  });
});
