/**
 * The keypad's commands, after the EZ Access conventions (Trace Center): Up
 * and Down move through the screen's items, Action activates the one in
 * focus, Back goes back, Help explains the step (pressed twice quickly it
 * stops speech), plus keys for speech rate, volume and hearing the prompt
 * again. Which key is which is the centre's choice, since keypads differ: a
 * keymap lists `KeyboardEvent.key` values per command.
 *
 * Digits are never commands: they choose the nth option and type phone
 * numbers and references.
 */
export const KEY_COMMANDS = [
  'up',
  'down',
  'action',
  'back',
  'help',
  'repeat',
  'rateUp',
  'rateDown',
  'volumeUp',
  'volumeDown',
] as const;
export type KeyCommand = (typeof KEY_COMMANDS)[number];

/** For each command, the `KeyboardEvent.key` values that give it. */
export type Keymap = Readonly<Record<KeyCommand, readonly string[]>>;

/**
 * The default keys: a PC keyboard's arrows, Enter, Escape and F1, and a
 * numeric keypad's operator keys (`/` and `*` slower and faster, `-` and `+`
 * quieter and louder, `.` to repeat), which are the keys a USB number pad has
 * besides its digits. Printable keys act only outside text fields, where they
 * type.
 */
export const DEFAULT_KEYMAP: Keymap = {
  up: ['ArrowUp'],
  down: ['ArrowDown'],
  action: ['Enter'],
  back: ['Escape', 'Backspace'],
  help: ['F1', '?'],
  repeat: ['.', 'F2'],
  rateDown: ['/'],
  rateUp: ['*'],
  volumeDown: ['-', 'AudioVolumeDown'],
  volumeUp: ['+', 'AudioVolumeUp'],
};

/** Help pressed again within this long means "stop speaking" (EZ Access-style double press). */
export const HELP_TWICE_MS = 600;

/** The command a key gives in this keymap, or null. */
export function commandFor(keymap: Keymap, key: string): KeyCommand | null {
  return KEY_COMMANDS.find((command) => keymap[command].includes(key)) ?? null;
}

/**
 * What is wrong with a keymap, one line each (empty when it is usable): a key
 * given to two commands, a digit (digits are taken), a command with no key.
 * For the config loader to refuse a bad `keypad` section with a message.
 */
export function keymapProblems(keymap: Keymap): string[] {
  const problems: string[] = [];
  const owner = new Map<string, KeyCommand>();
  for (const command of KEY_COMMANDS) {
    const keys = keymap[command];
    if (keys.length === 0) problems.push(`${command}: needs at least one key`);
    for (const key of keys) {
      if (/^[0-9]$/.test(key)) problems.push(`${command}: "${key}" is a digit, which types numbers`);
      const other = owner.get(key);
      if (other) problems.push(`${command}: "${key}" is already ${other}`);
      else owner.set(key, command);
    }
  }
  return problems;
}
