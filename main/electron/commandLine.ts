/**
 * Switches that open the kiosk to a debugger: Chromium's DevTools protocol
 * (`--remote-debugging-port`, `--remote-debugging-pipe`) and Node's inspector
 * (`--inspect` and its kin). Either lets whoever reaches it read the page and
 * the main process, residents' details and the data key included.
 */
const DEBUGGING_SWITCHES = [
  '--remote-debugging-port',
  '--remote-debugging-pipe',
  '--remote-debugging-address',
  '--inspect',
  '--inspect-brk',
  '--inspect-port',
  '--inspect-wait',
  '--inspect-publish-uid',
  '--debug',
  '--debug-brk',
];

/** The first debugging switch on the command line (or in NODE_OPTIONS), or null when there is none. */
export function debuggingSwitch(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const named = (arg: string) => arg.split('=')[0]!.toLowerCase();
  const found = argv.find((arg) => DEBUGGING_SWITCHES.includes(named(arg)));
  if (found !== undefined) return named(found);
  const option = (env.NODE_OPTIONS ?? '').split(/\s+/).find((arg) => DEBUGGING_SWITCHES.includes(named(arg)));
  return option === undefined ? null : `NODE_OPTIONS=${named(option)}`;
}

/** What the kiosk says when it refuses to start with a debugging switch. */
export function debuggingRefusal(found: string): string {
  return (
    `linli: refusing to start with ${found}: it would let anyone who reaches the debugger read and control ` +
    "the kiosk, residents' details included. Start Linli without it."
  );
}
