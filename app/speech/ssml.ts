/** One utterance for a text-to-speech service that reads SSML (Azure Speech). */
export interface SsmlRequest {
  text: string;
  /** The document's language, `xml:lang` (`zh-CN`, `en`, `zh-HK`). */
  language: string;
  /** The voice's name (`zh-CN-XiaoxiaoNeural`). */
  voice: string;
  /** A multiplier of the voice's own rate: 1 is its normal speed. */
  rate: number;
}

/** Azure reads a relative rate from 0.5 (half as fast) to 2 (twice as fast). */
export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

/**
 * Everything XML 1.0 does not allow as a character (§2.2 `Char`): control
 * characters other than tab, line feed and carriage return, lone surrogates,
 * U+FFFE and U+FFFF; and DEL and the C1 controls, which it allows but
 * discourages (§2.2, note) and which are never meant to be spoken. The `u`
 * flag makes a lone surrogate one code point, so it is matched (and removed)
 * while a valid pair is kept.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an element or a quoted attribute: characters XML cannot carry removed, markup escaped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function formatRate(rate: number): string {
  if (!Number.isFinite(rate) || rate < MIN_RATE || rate > MAX_RATE) {
    throw new RangeError(`rate must be from ${MIN_RATE} to ${MAX_RATE}, not ${rate}`);
  }
  return String(Math.round(rate * 100) / 100);
}

/**
 * The SSML document for one utterance: `<speak>` with `xml:lang`, the voice,
 * and the text at a rate. Whatever the text holds, it stays text: markup is
 * escaped, so a resident's words or a centre's label cannot add SSML.
 */
export function buildSsml({ text, language, voice, rate }: SsmlRequest): string {
  return (
    `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${escapeXml(language)}">` +
    `<voice name="${escapeXml(voice)}"><prosody rate="${formatRate(rate)}">${escapeXml(text)}</prosody></voice>` +
    '</speak>'
  );
}
