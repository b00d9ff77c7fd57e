import { describe, expect, it } from 'vitest';
import { speechCacheKey } from '../../../../app/speech/cacheKey';

/** The key as it was first written, over `TextEncoder`'s bytes: files already cached keep their names. */
function keyOverTextEncoder(language: string, voice: string, text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(`${language}\u0000${voice}\u0000${text.normalize('NFC')}`)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('speechCacheKey', () => {
  it('names a prompt as TextEncoder’s UTF-8 did, in every script and plane', () => {
    const texts = [
      '',
      'Please say what happened.',
      '请说出发生了什么',
      '請講低發生咗咩事',
      'café ñ ß é',
      '𠮷野家 😀 and 𝄞',
      'lone \ud800 high and \udc00 low surrogates',
      '\u007f\u0080\u07ff\u0800\uffff',
    ];
    for (const text of texts) {
      expect(speechCacheKey('zh-CN', 'zh-CN-XiaoxiaoNeural', text), text).toBe(
        keyOverTextEncoder('zh-CN', 'zh-CN-XiaoxiaoNeural', text),
      );
    }
  });
});
