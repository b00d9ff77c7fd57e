import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../../../app/dialog/dialogMachine';
import { draftFromContext } from '../../../../app/dialog/draft';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import { interpretTurn } from '../../../../app/speech/voiceTurn';
import { drive, NOISE_COMPLAINT_TO_CONTACT, VALID_PHONE, where } from './support';

const TO_SMS_QUESTION = [
  ...NOISE_COMPLAINT_TO_CONTACT,
  { type: 'user.chooseAnonymous', anonymous: false },
  { type: 'user.next' }, // no name
  { type: 'user.setPhone', phone: VALID_PHONE },
  { type: 'user.next' },
] as const;

describe('asking a resident who left a phone whether to be told by SMS', () => {
  it('asks after the phone, and a yes goes with the draft to submit', () => {
    expect(where(drive(TO_SMS_QUESTION))).toEqual({ contact: 'sms' });
    const s = drive([...TO_SMS_QUESTION, { type: 'user.chooseSms', consent: true, mode: 'touch' }]);
    expect(where(s)).toBe('review');
    expect(draftFromContext(s.context).contact).toEqual({ anonymous: false, phone: VALID_PHONE, smsConsent: true });
  });

  it('is no until the resident says yes: a no sends no consent at all', () => {
    expect(drive(TO_SMS_QUESTION).context.smsConsent).toBe(false);
    const s = drive([...TO_SMS_QUESTION, { type: 'user.chooseSms', consent: false }]);
    expect(draftFromContext(s.context).contact).toEqual({ anonymous: false, phone: VALID_PHONE });
  });

  it('never asks an anonymous resident, and a yes given before going anonymous is dropped', () => {
    const anonymous = drive([...NOISE_COMPLAINT_TO_CONTACT, { type: 'user.chooseAnonymous', anonymous: true }]);
    expect(where(anonymous)).toBe('review');
    const changedMind = drive([
      ...TO_SMS_QUESTION,
      { type: 'user.chooseSms', consent: true },
      { type: 'user.edit', section: 'contact' },
      { type: 'user.chooseAnonymous', anonymous: true },
    ]);
    expect(where(changedMind)).toBe('review');
    expect(changedMind.context.smsConsent).toBe(false);
    expect(draftFromContext(changedMind.context).contact).toEqual({ anonymous: true });
  });

  it('goes back from the review to the question, and from the question to the phone', () => {
    const atReview = [...TO_SMS_QUESTION, { type: 'user.chooseSms', consent: true }] as const;
    expect(where(drive([...atReview, { type: 'user.back' }]))).toEqual({ contact: 'sms' });
    expect(where(drive([...TO_SMS_QUESTION, { type: 'user.back' }]))).toEqual({ contact: 'phone' });
  });
});

describe('the SMS question by voice', () => {
  const ask = (text: string, language: 'zh-CN' | 'zh-HK' | 'en' = 'zh-CN') =>
    interpretTurn({
      step: 'contact',
      stage: 'sms',
      text,
      ctx: { ...emptyContext({ catalogue: DEFAULT_CATALOGUE, defaultLanguage: language }), language },
      buttons: [],
      labelOf: () => '',
    }).outcome;

  it('takes yes and no in each language as the answer to the question', () => {
    expect(ask('要')).toMatchObject({ events: [{ type: 'user.chooseSms', consent: true, mode: 'voice' }] });
    expect(ask('不要')).toMatchObject({ events: [{ type: 'user.chooseSms', consent: false }] });
    expect(ask('唔要', 'zh-HK')).toMatchObject({ events: [{ type: 'user.chooseSms', consent: false }] });
    expect(ask('yes', 'en')).toMatchObject({ events: [{ type: 'user.chooseSms', consent: true }] });
  });
});
