import { createActor } from 'xstate';
import { type DialogSnapshot, dialogMachine, emptyContext } from '../../../../app/dialog/dialogMachine';
import type { DialogContext, DialogEvent, DialogInput } from '../../../../app/dialog/types';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';

export const INPUT: DialogInput = { catalogue: DEFAULT_CATALOGUE, defaultLanguage: 'zh-CN' };
export const VALID_PHONE = '13800138000';
export const RESULT = { id: 7, ref: '1234566', createdAt: '2025-03-01T09:30:00+08:00' };
/** An open case "me too" offers: no personal data, as findSimilar gives it. */
export const SIMILAR_OFFER = {
  handle: 'h4nd1e-0f-an-0ffer-xyz',
  category: 'cmp.noise',
  location: '3号楼',
  firstReportedAt: '2025-03-01T08:00:00+08:00',
  residents: 2,
};
/** What supportCase answers: the supporter's own reference. */
export const SUPPORT_RESULT = { ref: '2345671', createdAt: '2025-03-01T09:31:00+08:00', residents: 3 };
export const LOOKUP_RESULT = {
  ref: '1234566',
  status: 'collected',
  updatedAt: '2025-03-02T10:00:00+08:00',
  verified: false,
  publicNote: null,
} as const;

export const long = (n: number) => '长'.repeat(n);

/** A dialog context with the given answers, for the pure functions. */
export function contextWith(answers: Partial<DialogContext>): DialogContext {
  return { ...emptyContext(INPUT), ...answers };
}

/** Runs a fresh dialog actor through the events and returns where it ends. */
export function drive(events: readonly DialogEvent[]): DialogSnapshot {
  const actor = createActor(dialogMachine, { input: INPUT }).start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/** A noise complaint, filled in up to (not including) the contact step's choice. */
export const NOISE_COMPLAINT_TO_CONTACT: DialogEvent[] = [
  { type: 'user.start', mode: 'touch' },
  { type: 'user.chooseKind', kind: 'complaint' },
  { type: 'user.chooseCategory', category: 'cmp.noise' },
  { type: 'user.setDescription', text: '楼上半夜噪音' },
  { type: 'user.next' },
  { type: 'user.setLocation', text: '3号楼' },
  { type: 'user.next' },
];

/** The same complaint, anonymous, at the review screen. */
export const ANONYMOUS_COMPLAINT_AT_REVIEW: DialogEvent[] = [
  ...NOISE_COMPLAINT_TO_CONTACT,
  { type: 'user.chooseAnonymous', anonymous: true },
];

/** A legal-advice service request with a name and phone, at the review screen. */
export const SERVICE_REQUEST_AT_REVIEW: DialogEvent[] = [
  { type: 'user.start' },
  { type: 'user.chooseKind', kind: 'service' },
  { type: 'user.chooseCategory', category: 'svc.legal' },
  { type: 'user.togglePhrase', phrase: '咨询劳动合同' },
  { type: 'user.next' },
  { type: 'user.setName', name: '李阿姨' },
  { type: 'user.next' },
  { type: 'user.setPhone', phone: VALID_PHONE },
  { type: 'user.next' },
  { type: 'user.chooseSms', consent: false },
];

export const where = (snapshot: DialogSnapshot) => snapshot.value;
