import { describe, expect, it } from 'vitest';
import { currentStep, emptyContext } from '../../../../app/dialog/dialogMachine';
import { LIMITS } from '../../../../app/domain/limits';
import {
  ANONYMOUS_COMPLAINT_AT_REVIEW,
  drive,
  INPUT,
  long,
  NOISE_COMPLAINT_TO_CONTACT,
  RESULT,
  SERVICE_REQUEST_AT_REVIEW,
  SIMILAR_OFFER,
  SUPPORT_RESULT,
  where,
} from './support';

const EMPTY_SESSION = { ...emptyContext(INPUT), visits: { welcome: 1 } };

describe('starting a session', () => {
  it('starts in the chosen language when a language button on the welcome screen is pressed', () => {
    const s = drive([{ type: 'user.setLanguage', language: 'en', mode: 'touch' }]);
    expect(where(s)).toBe('chooseKind');
    expect(s.context.language).toBe('en');
  });

  it('lets the language change at any step without moving the resident', () => {
    const s = drive([...NOISE_COMPLAINT_TO_CONTACT, { type: 'user.setLanguage', language: 'en' }]);
    expect(where(s)).toEqual({ contact: 'anonymity' });
    expect(s.context.language).toBe('en');
  });

  it('ignores a category that is not offered for the chosen kind', () => {
    const s = drive([
      { type: 'user.start' },
      { type: 'user.chooseKind', kind: 'complaint' },
      { type: 'user.chooseCategory', category: 'svc.legal' },
    ]);
    expect(where(s)).toBe('chooseCategory');
    expect(s.context.category).toBeNull();
  });
});

describe('describing the problem', () => {
  const atDescribe = NOISE_COMPLAINT_TO_CONTACT.slice(0, 3);

  it('refuses to go on with nothing described', () => {
    const s = drive([...atDescribe, { type: 'user.next' }]);
    expect(where(s)).toBe('describe');
    expect(s.context.fieldError).toBe('describe.error.empty');
  });

  it('keeps an over-long description whole but refuses it until it is shortened', () => {
    const text = long(LIMITS.description + 25);
    const s = drive([...atDescribe, { type: 'user.setDescription', text }, { type: 'user.next' }]);
    expect(where(s)).toBe('describe');
    expect(s.context.freeText).toBe(text);
    expect(s.context.fieldError).toBe('describe.error.tooLong');

    const shortened = drive([
      ...atDescribe,
      { type: 'user.setDescription', text },
      { type: 'user.next' },
      { type: 'user.setDescription', text: text.slice(0, LIMITS.description) },
    ]);
    expect(shortened.context.fieldError).toBeNull();
  });

  it('takes text with nothing visible (zero-width characters, spaces) for nothing described', () => {
    const s = drive([
      ...atDescribe,
      { type: 'user.setDescription', text: '\u200b\u2060 \ufeff' },
      { type: 'user.next' },
    ]);
    expect(where(s)).toBe('describe');
    expect(s.context.fieldError).toBe('describe.error.empty');
  });

  it('refuses text with characters that cannot be stored (a C1 control), and says so', () => {
    const s = drive([...atDescribe, { type: 'user.setDescription', text: '楼上\u0085噪音' }, { type: 'user.next' }]);
    expect(where(s)).toBe('describe');
    expect(s.context.fieldError).toBe('describe.error.unusable');
  });

  it('accepts quick phrases alone, and a second tap takes a phrase away', () => {
    const s = drive([
      ...atDescribe,
      { type: 'user.togglePhrase', phrase: '半夜' },
      { type: 'user.togglePhrase', phrase: '装修' },
      { type: 'user.togglePhrase', phrase: '半夜' },
      { type: 'user.next' },
    ]);
    expect(s.context.phrases).toEqual(['装修']);
    expect(where(s)).toBe('location');
  });

  it('goes straight to contact when the category asks no location', () => {
    const s = drive(SERVICE_REQUEST_AT_REVIEW.slice(0, 5));
    expect(where(s)).toEqual({ contact: 'name' });
  });
});

describe('contact', () => {
  it('takes an anonymous complaint straight to review and forgets any name or phone', () => {
    const s = drive([
      ...NOISE_COMPLAINT_TO_CONTACT,
      { type: 'user.chooseAnonymous', anonymous: false },
      { type: 'user.setName', name: '王' },
      { type: 'user.back' },
      { type: 'user.chooseAnonymous', anonymous: true },
    ]);
    expect(where(s)).toBe('review');
    expect(s.context).toMatchObject({ anonymous: true, name: '', phone: '' });
  });

  it('never offers anonymity for a service request', () => {
    const s = drive(SERVICE_REQUEST_AT_REVIEW.slice(0, 5));
    expect(s.context.anonymous).toBe(false);
  });

  it.each([
    ['', 'contact.phone.error.empty'],
    ['1380013800', 'contact.phone.error.mobile-length'],
    ['12800138000', 'contact.phone.error.mobile-prefix'],
    ['2345', 'contact.phone.error.length'],
  ])('explains why the phone number %j is refused, and stays', (phone, error) => {
    const s = drive([
      ...SERVICE_REQUEST_AT_REVIEW.slice(0, 7),
      { type: 'user.setPhone', phone },
      { type: 'user.next' },
    ]);
    expect(where(s)).toEqual({ contact: 'phone' });
    expect(s.context.fieldError).toBe(error);
    expect(s.context.phone).toBe(phone);
  });

  it('clears the phone error as soon as the resident types again', () => {
    const s = drive([
      ...SERVICE_REQUEST_AT_REVIEW.slice(0, 7),
      { type: 'user.next' },
      { type: 'user.setPhone', phone: '1' },
    ]);
    expect(s.context.fieldError).toBeNull();
  });

  it('refuses a name or a place with characters that cannot be stored', () => {
    const name = drive([
      ...SERVICE_REQUEST_AT_REVIEW.slice(0, 5),
      { type: 'user.setName', name: '王\u009b' },
      { type: 'user.next' },
    ]);
    expect(where(name)).toEqual({ contact: 'name' });
    expect(name.context.fieldError).toBe('contact.name.error.unusable');
    const place = drive([
      ...NOISE_COMPLAINT_TO_CONTACT.slice(0, 5),
      { type: 'user.setLocation', text: '3 号楼\u0080' },
      { type: 'user.next' },
    ]);
    expect(where(place)).toBe('location');
    expect(place.context.fieldError).toBe('location.error.unusable');
  });

  it('refuses an over-long name', () => {
    const s = drive([
      ...SERVICE_REQUEST_AT_REVIEW.slice(0, 5),
      { type: 'user.setName', name: long(51) },
      { type: 'user.next' },
    ]);
    expect(where(s)).toEqual({ contact: 'name' });
    expect(s.context.fieldError).toBe('contact.name.error.tooLong');
  });
});

describe('submitting', () => {
  // A complaint is first offered "me too"; with nothing like it open, it is submitted.
  const submitted = [...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' }, { type: 'similar.none' }] as const;

  it('shows the receipt once the submission is stored', () => {
    const s = drive([...submitted, { type: 'submit.done', result: RESULT }]);
    expect(where(s)).toBe('receipt');
    expect(s.context.receipt).toEqual(RESULT);
  });

  it('keeps the whole draft when the submission fails, so it can be retried', () => {
    const failed = drive([...submitted, { type: 'submit.failed', code: 'network' }]);
    expect(where(failed)).toBe('submitFailed');
    expect(failed.context).toMatchObject({ submitError: 'network', freeText: '楼上半夜噪音', anonymous: true });
    expect(where(drive([...submitted, { type: 'submit.failed', code: 'network' }, { type: 'user.retry' }]))).toBe(
      'submitting',
    );
    const back = drive([...submitted, { type: 'submit.failed', code: 'storage' }, { type: 'user.back' }]);
    expect(where(back)).toBe('review');
    expect(back.context.submitError).toBeNull();
  });

  it('ignores back and start over while the submission is on its way', () => {
    const s = drive([...submitted, { type: 'user.back' }, { type: 'user.startOver' }]);
    expect(where(s)).toBe('submitting');
  });
});

describe('ending a session', () => {
  it('wipes everything, language included, when the resident starts over', () => {
    const s = drive([
      ...ANONYMOUS_COMPLAINT_AT_REVIEW,
      { type: 'user.setLanguage', language: 'en' },
      { type: 'user.startOver' },
    ]);
    expect(where(s)).toBe('welcome');
    expect(s.context).toEqual(EMPTY_SESSION);
  });

  it('wipes everything on a system reset, even while submitting', () => {
    const s = drive([...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' }, { type: 'system.reset' }]);
    expect(s.context).toEqual(EMPTY_SESSION);
  });

  it('wipes everything when the resident finishes at the receipt', () => {
    const s = drive([
      ...ANONYMOUS_COMPLAINT_AT_REVIEW,
      { type: 'user.submit' },
      { type: 'similar.none' },
      { type: 'submit.done', result: RESULT },
      { type: 'user.finish' },
    ]);
    expect(s.context).toEqual(EMPTY_SESSION);
  });
});

describe('"me too" before a complaint is stored', () => {
  const asked = [...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' }] as const;
  const offered = [...asked, { type: 'similar.found', offer: SIMILAR_OFFER }] as const;

  it('asks whether an open case is the same problem, and offers it', () => {
    expect(where(drive([...asked]))).toEqual({ meToo: 'checking' });
    const s = drive([...offered]);
    expect(where(s)).toEqual({ meToo: 'offer' });
    expect(s.context.similar).toEqual(SIMILAR_OFFER);
  });

  it("adds the resident's support: their own reference on the receipt, with the count", () => {
    const supporting = drive([...offered, { type: 'user.support', mode: 'voice' }]);
    expect(where(supporting)).toEqual({ meToo: 'supporting' });
    // The support may be stored already: starting over would hide the reference.
    expect(where(drive([...offered, { type: 'user.support' }, { type: 'user.startOver' }]))).toEqual({
      meToo: 'supporting',
    });
    const s = drive([...offered, { type: 'user.support' }, { type: 'support.done', result: SUPPORT_RESULT }]);
    expect(where(s)).toBe('receipt');
    expect(s.context).toMatchObject({
      receipt: { ref: SUPPORT_RESULT.ref, createdAt: SUPPORT_RESULT.createdAt },
      supportedBy: 3,
      similar: null,
    });
    expect(
      drive([
        ...offered,
        { type: 'user.support' },
        { type: 'support.done', result: SUPPORT_RESULT },
        { type: 'user.finish' },
      ]).context,
    ).toEqual(EMPTY_SESSION);
  });

  it('submits the complaint as usual when the resident wants their own, or when asking or supporting fails', () => {
    expect(where(drive([...offered, { type: 'user.submitOwn' }]))).toBe('submitting');
    expect(where(drive([...asked, { type: 'similar.none' }]))).toBe('submitting');
    const failed = drive([...offered, { type: 'user.support' }, { type: 'support.failed' }]);
    expect(where(failed)).toBe('submitting');
    expect(failed.context).toMatchObject({ freeText: '楼上半夜噪音', anonymous: true, supportedBy: null });
    expect(where(drive([...offered, { type: 'user.back' }]))).toBe('review');
  });

  it('never offers it for a service request or a suggestion', () => {
    expect(where(drive([...SERVICE_REQUEST_AT_REVIEW, { type: 'user.submit' }]))).toBe('submitting');
  });
});

describe('what the screens read', () => {
  it('records each way of input once, in the order first used', () => {
    const s = drive([
      { type: 'user.start', mode: 'touch' },
      { type: 'user.chooseKind', kind: 'complaint', mode: 'voice' },
      { type: 'user.back', mode: 'touch' },
      { type: 'user.next', mode: 'keypad' },
    ]);
    expect(s.context.inputModes).toEqual(['touch', 'voice']);
    expect(
      drive([...SERVICE_REQUEST_AT_REVIEW.slice(0, 4), { type: 'user.next', mode: 'keypad' }]).context.inputModes,
    ).toEqual(['keypad']);
  });

  it('counts visits per screen, so the second visit can use a shorter prompt', () => {
    const s = drive([
      ...NOISE_COMPLAINT_TO_CONTACT.slice(0, 2),
      { type: 'user.back' },
      { type: 'user.chooseKind', kind: 'complaint' },
    ]);
    expect(s.context.visits).toMatchObject({ welcome: 1, chooseKind: 2, chooseCategory: 2 });
    expect(drive(ANONYMOUS_COMPLAINT_AT_REVIEW).context.visits).toMatchObject({
      contact: 1,
      'contact.anonymity': 1,
      review: 1,
    });
  });

  it('names the step and contact stage the snapshot is on', () => {
    expect(currentStep(drive([]))).toEqual({ step: 'welcome', stage: null });
    expect(currentStep(drive(SERVICE_REQUEST_AT_REVIEW.slice(0, 7)))).toEqual({ step: 'contact', stage: 'phone' });
  });
});

describe('checking progress', () => {
  it('refuses a reference with words for its mistake, and keeps the digits to correct', () => {
    const toRef = [{ type: 'user.start' }, { type: 'user.checkProgress' }] as const;
    const refusal = (ref: string) => {
      const s = drive([...toRef, { type: 'user.setLookupRef', ref }, { type: 'user.next' }]);
      expect(where(s)).toEqual({ lookup: 'ref' });
      expect(s.context.lookupRef).toBe(ref);
      return s.context.fieldError;
    };
    expect(refusal('')).toBe('lookup.error.empty');
    expect(refusal('123')).toBe('lookup.error.tooShort');
    expect(refusal('12345678')).toBe('lookup.error.tooLong');
    expect(refusal('1234567')).toBe('lookup.error.mistyped');
    expect(where(drive([...toRef, { type: 'user.setLookupRef', ref: RESULT.ref }, { type: 'user.next' }]))).toEqual({
      lookup: 'checking',
    });
  });
});
