import * as z from 'zod';
import { DEFAULT_KEYMAP, KEY_COMMANDS, type Keymap, keymapProblems } from '../../app/dialog/keymap';
import type { ConfigProblem } from './consistency';
import type { ParsedConfigFile } from './schema';

/** One command's keys: `KeyboardEvent.key` values such as "Enter", "F1", "+". */
const Keys = z.array(z.string().min(1).max(40)).min(1).max(8);

/**
 * `keypad` in config.json: the centre's own keys for any of the keypad's
 * commands (app/dialog/keymap.ts); a command left out keeps its default keys.
 */
export const KeypadConfig = z
  .object(
    Object.fromEntries(KEY_COMMANDS.map((command) => [command, Keys.optional()])) as Record<
      (typeof KEY_COMMANDS)[number],
      z.ZodOptional<typeof Keys>
    >,
  )
  .strict()
  .prefault({});

/** The keymap the kiosk uses: the centre's keys over the defaults. */
export function keymapOf(file: Pick<ParsedConfigFile, 'keypad'>): Keymap {
  const own = Object.fromEntries(Object.entries(file.keypad).filter(([, keys]) => keys !== undefined));
  return { ...DEFAULT_KEYMAP, ...own } as Keymap;
}

/** A key given to two commands, or a digit (digits type numbers): refused, naming the command. */
export function keypadProblems(file: ParsedConfigFile): ConfigProblem[] {
  return keymapProblems(keymapOf(file)).map((problem) => {
    const [command, ...rest] = problem.split(': ');
    return { path: ['keypad', command!], message: rest.join(': ') };
  });
}
