/**
 * What is kept of the city's answer to a request (in the outbox's last error
 * and the `forwarding.uncertain` audit entry, neither of them encrypted). A
 * city often quotes back what it refused — the description, the address, the
 * name or the phone — so its words are not kept as they came: only the HTTP
 * status, the GeoReport error code, the answer's length, and a short excerpt
 * in which every run of digits, every run of non-ASCII text (Chinese names
 * and addresses) and every word that was in the request is masked. What is
 * left (`HTTP 400, code 400, 61 bytes: service_code not found`) is enough for
 * a worker to tell a wrong service code or api_key from a city that is down.
 */

/** Long enough for an error message's gist, short enough to stay one line in `admin outbox`. */
export const EXCERPT_CHARS = 80;

/** The form fields that carry what the resident wrote or who they are (exports/open311.ts). */
const PERSONAL_FIELDS = ['description', 'address_string', 'first_name', 'last_name', 'phone', 'email'];

const DIGITS = /\d+/g;
const NOT_ASCII = /[^\x20-\x7e]+/g; // control characters too
const WORD = /[A-Za-z][A-Za-z'_-]*/g;

/** The words of the request's personal fields, lower-cased: an answer must not repeat them. */
export function wordsSent(form: URLSearchParams | undefined): Set<string> {
  const words = new Set<string>();
  for (const field of PERSONAL_FIELDS) {
    for (const word of form?.get(field)?.match(WORD) ?? []) words.add(word.toLowerCase());
  }
  return words;
}

/** The city's text with digits, non-ASCII runs and the request's own words masked, on one short line. */
export function maskedExcerpt(text: string, sent: ReadonlySet<string>): string {
  const masked = text
    .replace(/\s+/g, ' ')
    .replace(NOT_ASCII, ' … ')
    .replace(DIGITS, '#')
    .replace(WORD, (word) => (sent.has(word.toLowerCase()) ? '…' : word))
    .replace(/\s+/g, ' ')
    .replace(/(?:… ?)+…/g, '…')
    .trim();
  return masked.length > EXCERPT_CHARS ? `${masked.slice(0, EXCERPT_CHARS - 1)}…` : masked;
}

/** GeoReport v2 error codes are short numbers or names; anything else is not kept. */
export function safeErrorCode(value: unknown, sent: ReadonlySet<string>): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10_000) return String(value);
  if (typeof value !== 'string') return null;
  if (/^\d{1,4}$/.test(value)) return value;
  return /^[A-Za-z_.-]{1,40}$/.test(value) && !sent.has(value.toLowerCase()) ? value : null;
}
