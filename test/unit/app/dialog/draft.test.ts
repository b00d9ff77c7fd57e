import { describe, expect, it } from 'vitest';
import {
  composeDescription,
  descriptionLength,
  draftFromContext,
  isDescriptionTooLong,
} from '../../../../app/dialog/draft';
import { LIMITS } from '../../../../app/domain/limits';
import { Draft } from '../../../../app/domain/submission';
import { contextWith, long } from './support';

describe('composeDescription', () => {
  it('joins quick phrases with a full-width semicolon in Chinese, then adds what was typed', () => {
    expect(composeDescription(['楼上噪音', '半夜'], '  每天都这样  ', 'zh-CN')).toBe('楼上噪音；半夜；每天都这样');
  });

  it('joins them with "; " in English', () => {
    expect(composeDescription(['Noise', 'At night'], 'Every day', 'en')).toBe('Noise; At night; Every day');
  });

  it('leaves out empty parts, so phrases alone or text alone read cleanly', () => {
    expect(composeDescription(['Noise'], '   ', 'en')).toBe('Noise');
    expect(composeDescription([], ' Lift broken ', 'en')).toBe('Lift broken');
    expect(composeDescription([], '', 'zh-CN')).toBe('');
  });
});

describe('description length', () => {
  it('counts characters as a resident does, so an emoji counts once', () => {
    expect(descriptionLength(contextWith({ freeText: '噪音😡' }))).toBe(3);
  });

  it('is too long only past the limit', () => {
    expect(isDescriptionTooLong(contextWith({ freeText: long(LIMITS.description) }))).toBe(false);
    expect(isDescriptionTooLong(contextWith({ freeText: long(LIMITS.description + 1) }))).toBe(true);
  });

  it('counts the separators between phrases, which differ by language', () => {
    const parts = { phrases: ['P'], freeText: long(LIMITS.description - 2) };
    expect(isDescriptionTooLong(contextWith({ ...parts, language: 'zh-CN' }))).toBe(false);
    expect(isDescriptionTooLong(contextWith({ ...parts, language: 'en' }))).toBe(true);
  });
});

describe('draftFromContext', () => {
  const complaint = contextWith({
    kind: 'complaint',
    category: 'cmp.noise',
    phrases: ['半夜'],
    freeText: '楼上装修',
    location: '  3号楼 2单元 ',
    anonymous: true,
    inputModes: ['touch', 'voice'],
  });

  it('builds an anonymous complaint the API accepts, with its location trimmed', () => {
    const draft = draftFromContext(complaint);
    expect(draft).toEqual({
      kind: 'complaint',
      category: 'cmp.noise',
      description: '半夜；楼上装修',
      location: '3号楼 2单元',
      contact: { anonymous: true },
      language: 'zh-CN',
      inputModes: ['touch', 'voice'],
    });
    expect(Draft.safeParse(draft).success).toBe(true);
  });

  it('leaves out a location the category does not ask for, even if one was typed earlier', () => {
    const draft = draftFromContext({ ...complaint, kind: 'service', category: 'svc.legal', anonymous: false });
    expect(draft).not.toHaveProperty('location');
  });

  it('leaves out a blank location', () => {
    expect(draftFromContext({ ...complaint, location: '   ' })).not.toHaveProperty('location');
  });

  it('sends a named contact with the phone as digits only, and no name when none was given', () => {
    const named = { ...complaint, anonymous: false, name: ' 李阿姨 ', phone: '138-0013 8000' };
    expect(draftFromContext(named).contact).toEqual({ anonymous: false, name: '李阿姨', phone: '13800138000' });
    expect(draftFromContext({ ...named, name: '  ' }).contact).toEqual({ anonymous: false, phone: '13800138000' });
    expect(Draft.safeParse(draftFromContext(named)).success).toBe(true);
  });

  it('records touch when no input mode was noted, since the API needs at least one', () => {
    expect(draftFromContext({ ...complaint, inputModes: [] }).inputModes).toEqual(['touch']);
  });

  it('refuses to build a draft before a kind and category are chosen', () => {
    expect(() => draftFromContext(contextWith({ kind: 'complaint' }))).toThrow(/kind or category/);
  });
});
