// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KioskApi } from '../../../../app/contract/kioskApi';
import type { Submission } from '../../../../app/domain/submission';
import type { Language } from '../../../../app/i18n/languages';
import { Detail } from '../../../../renderer/staff/Detail';
import { CONFIG } from '../screens/support';
import { render, setup } from './support';

const SUBMISSION: Submission = {
  id: 27,
  ref: '1000027',
  kind: 'complaint',
  category: 'cmp.facilities',
  description: '电梯停了',
  location: null,
  anonymous: true,
  name: null,
  phone: null,
  language: 'zh-HK',
  inputModes: ['voice', 'touch'],
  kioskId: 'kiosk-1',
  status: 'collected',
  createdAt: '2026-12-02T09:30:05+08:00',
  updatedAt: '2026-12-02T10:00:00+08:00',
  history: [
    { status: 'queued', at: '2026-12-02T09:30:05+08:00', by: 'kiosk', note: null },
    { status: 'collected', at: '2026-12-02T10:00:00+08:00', by: 'staff:87e6296c', note: '已电话联系' },
  ],
};

// Answers from memory: the real getSubmission is HTTP to a host, which test/e2e/staff.spec.ts drives.
const api = {
  getSubmission: async () => SUBMISSION,
  listStaff: async () => ({ items: [], self: { id: 0, name: '管理员', role: 'admin' } }),
  smsMessages: async () => ({ consent: false, items: [] }),
} as unknown as KioskApi;
const renderDetail = (language: Language) =>
  render(
    <Detail
      api={api}
      id={27}
      config={CONFIG}
      language={language}
      t={setup(language)}
      onClose={() => {}}
      onChanged={async () => {}}
    />,
  );

/** The value shown under a field's name. */
const shownFor = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

describe('a submission in full on the console', () => {
  it('names the language and the ways the resident answered, and who handled it, in words', async () => {
    renderDetail('zh-CN');
    await screen.findByRole('heading', { name: '编号 100 0027' });
    expect(shownFor('语言')).toBe('粤语');
    expect(shownFor('操作方式')).toBe('触摸、语音');
    expect(shownFor('时间')).toBe('2026年12月2日 09:30:05');
    const history = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(history).toEqual([
      '2026年12月2日 09:30 · 待领取 · 自助机',
      '2026年12月2日 10:00 · 已领取 · 工作人员（登录 87e6） · 已电话联系',
    ]);
  });

  it('does so in the console’s language', async () => {
    renderDetail('en');
    await screen.findByRole('heading', { name: 'Reference 100 0027' });
    expect(shownFor('Language')).toBe('Cantonese');
    expect(shownFor('Used')).toBe('touch, voice');
  });
});
