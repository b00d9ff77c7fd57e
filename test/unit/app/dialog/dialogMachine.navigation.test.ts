import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../app/domain/limits';
import {
  ANONYMOUS_COMPLAINT_AT_REVIEW,
  drive,
  long,
  NOISE_COMPLAINT_TO_CONTACT,
  SERVICE_REQUEST_AT_REVIEW,
  VALID_PHONE,
  where,
} from './support';

describe('changing an answer from the review screen', () => {
  it('returns to review after the description is changed', () => {
    const s = drive([
      ...ANONYMOUS_COMPLAINT_AT_REVIEW,
      { type: 'user.edit', section: 'describe' },
      { type: 'user.setDescription', text: '每晚十一点后' },
      { type: 'user.next' },
    ]);
    expect(where(s)).toBe('review');
    expect(s.context.freeText).toBe('每晚十一点后');
    expect(s.context.returnToReview).toBe(false);
  });

  it('asks for a category again when the kind is changed, then goes back to review', () => {
    const s = drive([
      ...ANONYMOUS_COMPLAINT_AT_REVIEW,
      { type: 'user.edit', section: 'kind' },
      { type: 'user.chooseKind', kind: 'suggestion' },
    ]);
    expect(where(s)).toBe('chooseCategory');
    expect(s.context).toMatchObject({ category: null, phrases: [], freeText: '楼上半夜噪音', anonymous: true });
    expect(
      where(
        drive([
          ...ANONYMOUS_COMPLAINT_AT_REVIEW,
          { type: 'user.edit', section: 'kind' },
          { type: 'user.chooseKind', kind: 'suggestion' },
          { type: 'user.chooseCategory', category: 'sug.other' },
        ]),
      ),
    ).toBe('review');
  });

  it('asks for a contact when an anonymous complaint becomes a service request', () => {
    const changed = [
      ...ANONYMOUS_COMPLAINT_AT_REVIEW,
      { type: 'user.edit', section: 'kind' },
      { type: 'user.chooseKind', kind: 'service' },
      { type: 'user.chooseCategory', category: 'svc.housing' },
    ] as const;
    const s = drive(changed);
    expect(where(s)).toEqual({ contact: 'name' });
    expect(s.context.anonymous).toBe(false);
    const done = drive([
      ...changed,
      { type: 'user.next' },
      { type: 'user.setPhone', phone: VALID_PHONE },
      { type: 'user.next' },
      { type: 'user.chooseSms', consent: false },
    ]);
    expect(where(done)).toBe('review');
  });

  it('goes straight back to review when the same kind is chosen again', () => {
    const s = drive([
      ...ANONYMOUS_COMPLAINT_AT_REVIEW,
      { type: 'user.edit', section: 'kind' },
      { type: 'user.chooseKind', kind: 'complaint' },
    ]);
    expect(where(s)).toBe('review');
    expect(s.context.category).toBe('cmp.noise');
  });

  it('takes "back" from the step being changed straight to review', () => {
    const s = drive([
      ...ANONYMOUS_COMPLAINT_AT_REVIEW,
      { type: 'user.edit', section: 'location' },
      { type: 'user.back' },
    ]);
    expect(where(s)).toBe('review');
  });

  it('does not return to review with an answer left invalid', () => {
    const s = drive([
      ...ANONYMOUS_COMPLAINT_AT_REVIEW,
      { type: 'user.edit', section: 'location' },
      { type: 'user.setLocation', text: long(LIMITS.location + 1) },
      { type: 'user.back' },
    ]);
    expect(where(s)).toBe('describe');
    expect(
      where(
        drive([
          ...ANONYMOUS_COMPLAINT_AT_REVIEW,
          { type: 'user.edit', section: 'location' },
          { type: 'user.setLocation', text: long(LIMITS.location + 1) },
          { type: 'user.back' },
          { type: 'user.next' },
        ]),
      ),
    ).toBe('location');
  });

  it('sends the resident back to shorten a description that a language change pushed over the limit', () => {
    const s = drive([
      { type: 'user.start' },
      { type: 'user.chooseKind', kind: 'suggestion' },
      { type: 'user.chooseCategory', category: 'sug.other' },
      { type: 'user.togglePhrase', phrase: 'P' },
      { type: 'user.setDescription', text: long(LIMITS.description - 2) },
      { type: 'user.next' },
      { type: 'user.chooseAnonymous', anonymous: true },
      { type: 'user.setLanguage', language: 'en' },
    ]);
    expect(where(s)).toBe('describe');
    expect(s.context.returnToReview).toBe(true);
  });
});

describe('going back', () => {
  it.each([
    ['choosing a kind', NOISE_COMPLAINT_TO_CONTACT.slice(0, 1), 'welcome'],
    ['choosing a category', NOISE_COMPLAINT_TO_CONTACT.slice(0, 2), 'chooseKind'],
    ['describing', NOISE_COMPLAINT_TO_CONTACT.slice(0, 3), 'chooseCategory'],
    ['the location', NOISE_COMPLAINT_TO_CONTACT.slice(0, 5), 'describe'],
    ['the anonymity question', NOISE_COMPLAINT_TO_CONTACT, 'location'],
    ['the name of a service request', SERVICE_REQUEST_AT_REVIEW.slice(0, 5), 'describe'],
    ['the phone', SERVICE_REQUEST_AT_REVIEW.slice(0, 7), { contact: 'name' }],
    ['an anonymous review', ANONYMOUS_COMPLAINT_AT_REVIEW, { contact: 'anonymity' }],
    ['a named review', SERVICE_REQUEST_AT_REVIEW, { contact: 'sms' }],
  ] as const)('goes back from %s to the screen before', (_, events, expected) => {
    expect(where(drive([...events, { type: 'user.back' }]))).toEqual(expected);
  });

  it('keeps what was entered when going back and forth', () => {
    const s = drive([
      ...NOISE_COMPLAINT_TO_CONTACT,
      { type: 'user.back' },
      { type: 'user.back' },
      { type: 'user.next' },
    ]);
    expect(where(s)).toBe('location');
    expect(s.context).toMatchObject({ freeText: '楼上半夜噪音', location: '3号楼' });
  });
});
