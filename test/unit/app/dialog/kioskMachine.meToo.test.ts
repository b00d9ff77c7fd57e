import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { SimilarQuery, SupportQuery } from '../../../../app/dialog/dialogMachine';
import type { Draft } from '../../../../app/domain/submission';
import { startKiosk } from './kioskSupport';
import {
  ANONYMOUS_COMPLAINT_AT_REVIEW,
  NOISE_COMPLAINT_TO_CONTACT,
  RESULT,
  SIMILAR_OFFER,
  SUPPORT_RESULT,
  VALID_PHONE,
} from './support';

const SUBMIT = [...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' as const }];

describe('the kiosk and "me too"', () => {
  it('asks the centre only for what similarity compares, and shows the offer', async () => {
    const asked: SimilarQuery[] = [];
    const k = startKiosk({
      meToo: true,
      findSimilar: async (query) => {
        asked.push(query);
        return { items: [SIMILAR_OFFER] };
      },
    });
    k.send(...SUBMIT);
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.matches({ meToo: 'offer' }));
    expect(asked).toEqual([{ category: 'cmp.noise', description: '楼上半夜噪音', location: '3号楼' }]);
    expect(k.dialog().context.similar).toEqual(SIMILAR_OFFER);
  });

  it('adds the support with the resident’s own contact and shows their reference', async () => {
    const supported: SupportQuery[] = [];
    const k = startKiosk({
      meToo: true,
      findSimilar: async () => ({ items: [SIMILAR_OFFER] }),
      supportCase: async (query) => {
        supported.push(query);
        return SUPPORT_RESULT;
      },
    });
    k.send(...SUBMIT);
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.matches({ meToo: 'offer' }));
    k.send({ type: 'user.support', mode: 'voice' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    expect(supported).toEqual([
      { handle: SIMILAR_OFFER.handle, language: 'zh-CN', inputModes: expect.arrayContaining(['voice']) },
    ]);
    expect(k.dialog().context).toMatchObject({ receipt: { ref: SUPPORT_RESULT.ref }, supportedBy: 3 });
  });

  it('asks to tell the supporter by SMS only when they left a phone and said yes to the SMS question', async () => {
    const supportWith = async (consent: boolean) => {
      const supported: SupportQuery[] = [];
      const k = startKiosk({
        meToo: true,
        findSimilar: async () => ({ items: [SIMILAR_OFFER] }),
        supportCase: async (query) => {
          supported.push(query);
          return SUPPORT_RESULT;
        },
      });
      k.send(
        ...NOISE_COMPLAINT_TO_CONTACT,
        { type: 'user.chooseAnonymous', anonymous: false },
        { type: 'user.setName', name: '王伯' },
        { type: 'user.next' },
        { type: 'user.setPhone', phone: VALID_PHONE },
        { type: 'user.next' },
        { type: 'user.chooseSms', consent },
        { type: 'user.submit' },
      );
      await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.matches({ meToo: 'offer' }));
      k.send({ type: 'user.support' });
      await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
      return supported;
    };
    expect(await supportWith(true)).toEqual([
      expect.objectContaining({ contact: { name: '王伯', phone: VALID_PHONE, notify: true } }),
    ]);
    expect(await supportWith(false)).toEqual([
      expect.objectContaining({ contact: { name: '王伯', phone: VALID_PHONE, notify: false } }),
    ]);
  });

  it('submits as usual when the question fails, and never asks when the centre turned it off', async () => {
    const drafts: Draft[] = [];
    const submitDraft = async (draft: Draft) => {
      drafts.push(draft);
      return RESULT;
    };
    const failing = startKiosk({ meToo: true, findSimilar: () => Promise.reject(new Error('offline')), submitDraft });
    failing.send(...SUBMIT);
    await waitFor(failing.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    expect(drafts).toHaveLength(1);

    let asked = 0;
    const off = startKiosk({
      meToo: false,
      findSimilar: async () => {
        asked += 1;
        return { items: [SIMILAR_OFFER] };
      },
      submitDraft,
    });
    off.send(...SUBMIT);
    await waitFor(off.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    expect(asked).toBe(0);
    expect(drafts).toHaveLength(2);
  });

  it('submits as usual when adding the support fails', async () => {
    const drafts: Draft[] = [];
    const k = startKiosk({
      meToo: true,
      findSimilar: async () => ({ items: [SIMILAR_OFFER] }),
      supportCase: () => Promise.reject(Object.assign(new Error('gone'), { code: 'not-found' })),
      submitDraft: async (draft) => {
        drafts.push(draft);
        return RESULT;
      },
    });
    k.send(...SUBMIT);
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.matches({ meToo: 'offer' }));
    k.send({ type: 'user.support' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    expect(drafts).toEqual([expect.objectContaining({ description: '楼上半夜噪音' })]);
    expect(k.dialog().context).toMatchObject({ receipt: RESULT, supportedBy: null });
  });
});
