import { describe, expect, it } from 'vitest';
import {
  type CaseSummary,
  chineseNumber,
  compareComplaints,
  dice,
  findSimilar,
  MATCH_SCORE,
  normaliseLocation,
  problemTokens,
} from '../../../../app/cases/similarity';

const now = new Date('2026-03-20T10:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const open = (id: string, fields: Partial<CaseSummary> & { description: string }): CaseSummary => ({
  id,
  category: 'cmp.facilities',
  createdAt: daysAgo(2),
  status: 'queued',
  ...fields,
});
const matches = (a: Parameters<typeof compareComplaints>[0], b: Parameters<typeof compareComplaints>[1]) => {
  const r = compareComplaints(a, b);
  return !r.differentPlace && r.score >= MATCH_SCORE;
};

const lift = open('lift-3', { location: '幸福小区3号楼', description: '3号楼电梯坏了，老人下不了楼' });

describe('normalising a location', () => {
  it.each([
    ['幸福小区3号楼', '幸福小区3栋'],
    ['幸福小区 三号楼', '幸福小区3栋'],
    ['幸福小區三號樓', '幸福小区3栋'],
    ['幸福小区３栋', '幸福小区3栋'],
    ['幸福小区3幢', '幸福小区3栋'],
    ['幸福小区第三栋', '幸福小区3栋'],
    ['幸福小区3座', '幸福小区3栋'],
    ['十二号楼 二单元 302室', '12栋2单元302室'],
    ['Block 3', '3栋'],
    ['BLK 3, Flat 12', '3栋12室'],
    ['3楼', '3层'],
    ['3/F, Tower 2', '3层2栋'],
  ])('reads %j as %j', (raw, folded) => {
    expect(normaliseLocation(raw)).toBe(folded);
  });

  it('reads Chinese numerals', () => {
    expect([chineseNumber('三'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十三')]).toEqual([
      3, 10, 12, 23,
    ]);
    expect([chineseNumber('一百零五'), chineseNumber('一〇二'), chineseNumber('两')]).toEqual([105, 102, 2]);
  });

  it('leaves words that merely contain a numeral alone', () => {
    expect(normaliseLocation('十字路口')).toBe('十字路口');
    expect(normaliseLocation('三里屯')).toBe('三里屯');
  });
});

describe('comparing the words of two descriptions', () => {
  it('compares Chinese by character bigrams, without particles or the place', () => {
    expect([...problemTokens('3号楼电梯坏了')]).toEqual(['电梯', '梯坏']);
    expect([...problemTokens('部𨋢壞咗')]).toEqual(['部电', '电梯', '梯坏']);
  });

  it('compares English by words, without stop words or plural endings', () => {
    expect([...problemTokens('The lifts in Block 3 are broken again')]).toEqual(['lift', 'broken']);
  });

  it('takes the stated location out of the description', () => {
    expect([...problemTokens('小区门口路灯坏了', '小区门口')]).toEqual(['路灯', '灯坏']);
  });

  it('scores set overlap with the Dice coefficient', () => {
    expect(dice(new Set(['a', 'b']), new Set(['b', 'c']))).toBe(0.5);
    expect(dice(new Set(), new Set())).toBe(0);
  });
});

describe('"me too": the same problem at the same place', () => {
  it.each([
    ['the same building in numerals', { location: '幸福小区三号楼', description: '电梯又坏了，困在家里下不去' }],
    ['Cantonese in traditional characters', { location: '幸福小區3座', description: '部𨋢又壞咗，啲老人家落唔到樓' }],
    ['no location given, the building named in the words', { description: '三号楼电梯坏了' }],
    ['a shorter location within the stated one', { location: '3号楼', description: '电梯又坏了，困在家里下不去' }],
  ])('matches %s', (_, complaint) => {
    expect(matches({ category: 'cmp.facilities', ...complaint }, lift)).toBe(true);
  });

  it('matches very similar words when neither gave a location', () => {
    const rubbish = { category: 'cmp.sanitation', description: '小区门口垃圾堆了好几天没人清理' };
    const again = { category: 'cmp.sanitation', description: '小区门口的垃圾好几天没有清理了' };
    expect(compareComplaints(rubbish, again).score).toBeGreaterThan(0.7);
    expect(matches(rubbish, again)).toBe(true);
  });

  it('matches in English', () => {
    const a = {
      category: 'cmp.facilities',
      location: 'Block 3',
      description: 'The lift in Block 3 has been broken for two days',
    };
    const b = {
      category: 'cmp.facilities',
      location: 'Blk 3',
      description: 'Lift broken again, my mother cannot get downstairs',
    };
    expect(matches(a, b)).toBe(true);
  });
});

describe('"me too": near misses that must not match', () => {
  it('a different building, even in the same words', () => {
    expect(
      matches(
        { category: 'cmp.facilities', location: '幸福小区5号楼', description: '5号楼电梯坏了，老人下不了楼' },
        lift,
      ),
    ).toBe(false);
    expect(matches({ category: 'cmp.facilities', description: '五号楼电梯坏了' }, lift)).toBe(false);
    expect(compareComplaints({ category: 'cmp.facilities', description: '五号楼电梯坏了' }, lift).differentPlace).toBe(
      true,
    );
  });

  it('a different compound with the same building number', () => {
    expect(matches({ category: 'cmp.facilities', location: '阳光小区3号楼', description: '电梯坏了' }, lift)).toBe(
      false,
    );
  });

  it('a different problem at the same place', () => {
    const dark = { category: 'cmp.facilities', location: '幸福小区3号楼', description: '楼道的灯不亮了，晚上很黑' };
    expect(compareComplaints(dark, lift).sameLocation).toBe(true);
    expect(matches(dark, lift)).toBe(false);
    const gate = { category: 'cmp.facilities', location: '小区门口', description: '小区门口路灯坏了' };
    const bins = { category: 'cmp.facilities', location: '小区门口', description: '小区门口垃圾桶没人清理' };
    expect(matches(gate, bins)).toBe(false);
  });

  it('a different problem near the same place, with no location given', () => {
    expect(
      matches(
        { category: 'cmp.facilities', description: '小区门口路灯坏了' },
        { category: 'cmp.facilities', description: '小区门口垃圾没人清理' },
      ),
    ).toBe(false);
  });

  it('a different room in the same building, in English', () => {
    const a = { category: 'cmp.noise', location: 'Block 3, Flat 12', description: 'Loud music every night' };
    const b = { category: 'cmp.noise', location: 'Block 3, Flat 14', description: 'Loud music every night' };
    expect(matches(a, b)).toBe(false);
  });

  it('a different problem in the same English block', () => {
    const bins = {
      category: 'cmp.facilities',
      location: 'Block 3',
      description: 'Rubbish bins overflowing by the entrance',
    };
    const a = {
      category: 'cmp.facilities',
      location: 'Block 3',
      description: 'The lift in Block 3 has been broken for two days',
    };
    expect(matches(bins, a)).toBe(false);
  });

  it('a date is not a street number', () => {
    const a = { category: 'cmp.noise', description: '12月3号开始楼上每晚装修很吵' };
    const b = { category: 'cmp.noise', description: '从12月5号开始楼上每晚装修很吵' };
    expect(compareComplaints(a, b).differentPlace).toBe(false);
    expect(matches(a, b)).toBe(true);
  });
});

describe('finding open cases to join', () => {
  const complaint = { category: 'cmp.facilities', location: '幸福小区三号楼', description: '电梯坏了，困在家里下不去' };

  it('offers open cases of the same category from the last 14 days, best first', () => {
    const cases = [
      open('older-same', { ...lift, id: 'older-same', createdAt: daysAgo(10) }),
      open('exact', { location: '幸福小区3栋', description: '电梯坏了，困在家里下不去', createdAt: daysAgo(1) }),
      lift,
      open('assigned', { ...lift, id: 'assigned', status: 'assigned', createdAt: daysAgo(5) }),
      open('reopened', { ...lift, id: 'reopened', status: 'reopened', createdAt: daysAgo(3) }),
      open('too-old', { ...lift, id: 'too-old', createdAt: daysAgo(14.01) }),
      open('resolved', { ...lift, id: 'resolved', status: 'resolved' }),
      open('closed', { ...lift, id: 'closed', status: 'closed' }),
      open('other-category', { ...lift, id: 'other-category', category: 'cmp.noise' }),
      open('future', { ...lift, id: 'future', createdAt: daysAgo(-1) }),
      open('other-building', { location: '幸福小区5号楼', description: '电梯坏了，困在家里下不去' }),
    ];
    const found = findSimilar(complaint, cases, now);
    expect(found.map((f) => f.id)).toEqual(['exact', 'lift-3', 'reopened', 'assigned', 'older-same']);
    expect(found[0]).toEqual({ id: 'exact', score: 1, sameLocation: true });
    for (const f of found) expect(f.score).toBeGreaterThanOrEqual(MATCH_SCORE);
  });

  it('answers only ids, scores and whether the place is the same: nothing about the residents', () => {
    const found = findSimilar(complaint, [lift], now);
    expect(found).toHaveLength(1);
    expect(Object.keys(found[0] ?? {}).sort()).toEqual(['id', 'sameLocation', 'score']);
  });

  it('finds nothing when nothing is similar', () => {
    expect(findSimilar({ category: 'cmp.facilities', description: '健身器材生锈了' }, [lift], now)).toEqual([]);
  });
});
