import { expect, type Page } from '@playwright/test';

/**
 * A complaint left with a phone number whose last four digits are 7000: the case the verdict's
 * journeys resolve and then look up (test/e2e/verdict.spec.ts, and its screenshots).
 */
export const NOISE_COMPLAINT_WITH_PHONE = {
  kind: 'complaint',
  category: 'cmp.noise',
  description: '楼上每天半夜装修',
  contact: { anonymous: false, name: '钱奶奶', phone: '13912347000' },
  language: 'zh-CN',
  inputModes: ['touch'],
} as const;

/**
 * Submits NOISE_COMPLAINT_WITH_PHONE on the host at `baseUrl`, and has staff (PIN `pin`) take it and resolve
 * it with a note for the resident: the case then awaits the resident's verdict. Answers its reference.
 */
export async function resolvedComplaint(page: Page, baseUrl: string, pin: string): Promise<string> {
  const api = async (method: string, data: unknown) => {
    const response = await page.request.post(new URL(`/api/${method}`, baseUrl).href, { data });
    expect(response.status(), `${method}: ${await response.text()}`).toBe(200);
    return response.json();
  };
  const { id, ref } = (await api('submit', NOISE_COMPLAINT_WITH_PHONE)) as { id: number; ref: string };
  await api('staffLogin', { pin });
  await api('assign', { ids: [id], note: '我来处理' });
  await api('setStatus', { ids: [id], status: 'resolved', publicNote: '已和楼上沟通，装修改到白天' });
  await api('staffLogout', {});
  return ref;
}
