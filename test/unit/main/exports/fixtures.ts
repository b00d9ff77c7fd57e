import type { Submission } from '../../../../app/domain/submission';

export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: 1,
    ref: '1234566',
    kind: 'complaint',
    category: 'cmp.noise',
    description: '楼上邻居半夜噪音，"很吵"',
    location: '3 号楼 502',
    anonymous: false,
    name: '王阿姨',
    phone: '13800138000',
    language: 'zh-CN',
    inputModes: ['touch', 'voice'],
    kioskId: 'kiosk-1',
    status: 'queued',
    createdAt: '2026-11-26T09:20:00.000+08:00',
    updatedAt: '2026-11-26T09:20:00.000+08:00',
    history: [{ status: 'queued', at: '2026-11-26T09:20:00.000+08:00', by: 'kiosk', note: null }],
    ...overrides,
  };
}
