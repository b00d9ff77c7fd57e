import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../app/domain/limits';
import { Draft } from '../../../../app/domain/submission';

const valid = {
  kind: 'complaint',
  category: 'cmp.noise',
  description: '夜间噪音',
  contact: { anonymous: true },
  language: 'zh-CN',
  inputModes: ['touch'],
} as const;

function issuesOf(value: unknown): string[] {
  const parsed = Draft.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
}

describe('the submission schema', () => {
  it('accepts a complete anonymous complaint', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('takes a description of exactly 4000 characters, counting characters not UTF-16 units', () => {
    expect(issuesOf({ ...valid, description: '噪'.repeat(LIMITS.description) })).toEqual([]);
    expect(issuesOf({ ...valid, description: '𠮷'.repeat(LIMITS.description) })).toEqual([]);
    expect(issuesOf({ ...valid, description: '噪'.repeat(LIMITS.description + 1) })).toEqual(['description']);
  });

  it('refuses an empty or blank description', () => {
    expect(issuesOf({ ...valid, description: '   \n' })).toEqual(['description']);
  });

  it('refuses control characters but keeps line breaks', () => {
    expect(issuesOf({ ...valid, description: '第一行\n第二行\t好' })).toEqual([]);
    expect(issuesOf({ ...valid, description: 'bell\u0007' })).toEqual(['description']);
  });

  it('refuses C1 control characters in every free-text field, with a message that names them', () => {
    const named = { anonymous: false, phone: '13800138000' };
    for (const c of ['\u0080', '\u0085', '\u009b', '\u009f']) {
      expect(issuesOf({ ...valid, description: `噪音${c}` })).toEqual(['description']);
      expect(issuesOf({ ...valid, location: `3 号楼${c}` })).toEqual(['location']);
      expect(issuesOf({ ...valid, contact: { ...named, name: `王${c}` } })).toEqual(['contact.name']);
    }
    const parsed = Draft.safeParse({ ...valid, description: '噪音\u0085' });
    expect(parsed.error?.issues[0]?.message).toMatch(/must not contain control characters .*U\+007F–U\+009F/);
  });

  it('refuses a description with nothing visible: zero-width, format characters, variation selectors', () => {
    for (const description of ['\u200b', '\u200b\u200c\u200d', '\u2060\ufeff', ' \ufe0f\u3000']) {
      const parsed = Draft.safeParse({ ...valid, description });
      expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['description', 'must not be empty (only spaces or invisible characters were given)'],
      ]);
    }
    expect(issuesOf({ ...valid, description: '\u200b噪音' })).toEqual([]);
  });

  it('limits the location and the name', () => {
    expect(issuesOf({ ...valid, location: 'x'.repeat(LIMITS.location + 1) })).toEqual(['location']);
    const named = { ...valid, contact: { anonymous: false, name: 'x'.repeat(LIMITS.name + 1), phone: '13800138000' } };
    expect(issuesOf(named)).toEqual(['contact.name']);
  });

  it('never takes a service request anonymously', () => {
    expect(issuesOf({ ...valid, kind: 'service', category: 'svc.health' })).toEqual(['contact.anonymous']);
  });

  it('needs a valid phone unless anonymous, and no contact details when anonymous', () => {
    expect(issuesOf({ ...valid, contact: { anonymous: false } })).toEqual(['contact.phone']);
    expect(issuesOf({ ...valid, contact: { anonymous: false, phone: '123' } })).toEqual(['contact.phone']);
    expect(issuesOf({ ...valid, contact: { anonymous: true, phone: '13800138000' } })).toEqual(['contact']);
  });

  it('refuses unknown fields, kinds, languages and input modes, and repeated modes', () => {
    expect(issuesOf({ ...valid, priority: 'high' })).toEqual(['']);
    expect(issuesOf({ ...valid, kind: 'praise' })).toEqual(['kind']);
    expect(issuesOf({ ...valid, language: 'fr' })).toEqual(['language']);
    expect(issuesOf({ ...valid, inputModes: ['telepathy'] })).toEqual(['inputModes.0']);
    expect(issuesOf({ ...valid, inputModes: ['touch', 'touch'] })).toEqual(['inputModes']);
    expect(issuesOf({ ...valid, inputModes: [] })).toEqual(['inputModes']);
  });
});
