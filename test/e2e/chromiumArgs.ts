/**
 * How Debian's Chromium runs here: as root without a sandbox, and quiet on a
 * closed network (no background fetches, component updates, sync or QUIC).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
