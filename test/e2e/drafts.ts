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
