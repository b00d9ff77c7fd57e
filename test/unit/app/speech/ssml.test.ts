import { describe, expect, it } from 'vitest';
import { buildSsml, escapeXml } from '../../../../app/speech/ssml';

const voice = 'zh-CN-XiaoxiaoNeural';

/** The text inside <prosody>, as an XML parser would give it back. */
function spokenText(ssml: string): string {
  const inner = /<prosody rate="[^"]*">([^<]*)<\/prosody>/.exec(ssml)?.[1];
  if (inner === undefined) throw new Error(`not one text node: ${ssml}`);
  return inner.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!,
  );
}

describe('buildSsml', () => {
  it('wraps the text in speak, voice and prosody, with the language and the rate', () => {
    expect(buildSsml({ text: '欢迎', language: 'zh-CN', voice, rate: 1 })).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="zh-CN">' +
        '<voice name="zh-CN-XiaoxiaoNeural"><prosody rate="1">欢迎</prosody></voice></speak>',
    );
  });

  it('writes the rate as a multiplier of the voice’s own rate', () => {
    expect(buildSsml({ text: 'Hello', language: 'en', voice, rate: 0.85 })).toContain('<prosody rate="0.85">');
    expect(buildSsml({ text: 'Hello', language: 'en', voice, rate: 1.2345 })).toContain('<prosody rate="1.23">');
  });

  it.each([Number.NaN, 0, 0.49, 2.01, Number.POSITIVE_INFINITY])('refuses a rate Azure cannot read: %s', (rate) => {
    expect(() => buildSsml({ text: 'Hello', language: 'en', voice, rate })).toThrow(RangeError);
  });

  it.each([
    [
      'markup',
      '</prosody></voice><voice name="en-US-GuyNeural">hacked',
      '&lt;/prosody&gt;&lt;/voice&gt;&lt;voice name=&quot;en-US-GuyNeural&quot;&gt;hacked',
    ],
    ['an SSML break', 'Wait<break time="10s"/>now', 'Wait&lt;break time=&quot;10s&quot;/&gt;now'],
    ['entities', "Tom & Jerry &amp; &#x3C; 'quoted'", 'Tom &amp; Jerry &amp;amp; &amp;#x3C; &apos;quoted&apos;'],
    ['a CDATA end and a comment', ']]><!-- x -->', ']]&gt;&lt;!-- x --&gt;'],
    [
      'a processing instruction and a DOCTYPE',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>',
      '&lt;?xml version=&quot;1.0&quot;?&gt;&lt;!DOCTYPE x [&lt;!ENTITY a &quot;b&quot;&gt;]&gt;',
    ],
  ])('keeps %s as text', (_what, text, escaped) => {
    const ssml = buildSsml({ text, language: 'en', voice, rate: 1 });
    expect(ssml).toContain(`<prosody rate="1">${escaped}</prosody>`);
    expect(spokenText(ssml)).toBe(text);
    expect(ssml.match(/<voice /g)).toHaveLength(1);
  });

  it('drops characters XML 1.0 cannot carry: control characters, lone surrogates, U+FFFE and U+FFFF', () => {
    const text = `a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\u007f\u0085\u009fh\ud800i\udfffj\ufffek\uffffl`;
    expect(spokenText(buildSsml({ text, language: 'en', voice, rate: 1 }))).toBe('abcdefghijkl');
  });

  it('drops a lone surrogate but keeps a valid pair beside it', () => {
    const text = '\ud83d\ud83d\ude00\ude00';
    expect(spokenText(buildSsml({ text, language: 'en', voice, rate: 1 }))).toBe('\ud83d\ude00');
  });

  it('keeps tabs, line breaks, CJK, emoji and other characters outside the BMP', () => {
    const text = '第一行\n第二行\r\n\t粵語 😀 𠀋 ok';
    expect(spokenText(buildSsml({ text, language: 'zh-HK', voice: 'zh-HK-HiuMaanNeural', rate: 1 }))).toBe(text);
  });

  it('escapes the voice and the language too, so they cannot open markup either', () => {
    const ssml = buildSsml({ text: 'x', language: 'en"><evil', voice: 'a" onload="b', rate: 1 });
    expect(ssml).toContain('xml:lang="en&quot;&gt;&lt;evil"');
    expect(ssml).toContain('<voice name="a&quot; onload=&quot;b">');
  });

  it('escapes the five XML special characters once each', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });
});
