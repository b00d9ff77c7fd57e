import { request } from '@playwright/test';
import { FLOOD_LIMITS } from '../fixtures/floodLimits';
import { admin } from './adminCli';
import { type OwnHost, PIN, startOwnHost } from './ownHost';
import { expect } from './support';

/*
 * A community centre's fortnight, written through the KioskApi on a host whose clock the test sets, so a
 * worker's console on "today" (Wednesday 25 November 2026, 10:00 in Shanghai) shows the same day every run:
 * a case overdue, one due today, one just in, resolved ones with the residents' verdicts (one 不满意, reopened),
 * and rates with something to say. For the README's screenshots of a day's work.
 */

export const TODAY = '2026-11-25T02:00:00Z';
export const WORKERS = [
  { name: '王小明', pin: '135790' },
  { name: '李芳', pin: '246801' },
] as const;

interface Case {
  at: string;
  kind: 'service' | 'complaint' | 'suggestion';
  category: string;
  description: string;
  location?: string;
  name?: string;
  phone?: string;
}

const CASES = {
  lift: {
    at: '2026-11-16T01:20:00Z',
    kind: 'complaint',
    category: 'cmp.facilities',
    description: '3号楼电梯停了两天，老人上下楼很困难',
    location: '3号楼2单元',
    name: '张大爷',
    phone: '13800001111',
  },
  housing: {
    at: '2026-11-10T01:00:00Z',
    kind: 'service',
    category: 'svc.housing',
    description: '想申请公租房，需要准备什么材料',
    name: '赵女士',
    phone: '13600002222',
  },
  light: {
    at: '2026-11-17T01:00:00Z',
    kind: 'complaint',
    category: 'cmp.facilities',
    description: '5号楼3单元楼道灯坏了，晚上看不见台阶',
    location: '5号楼3单元',
    name: '孙阿姨',
    phone: '13900003333',
  },
  gate: {
    at: '2026-11-18T01:00:00Z',
    kind: 'complaint',
    category: 'cmp.property',
    description: '单元门禁坏了一个星期，物业一直没来修',
    location: '7号楼',
    name: '周先生',
    phone: '13700004444',
  },
  dog: {
    at: '2026-11-19T02:00:00Z',
    kind: 'complaint',
    category: 'cmp.neighbour',
    description: '隔壁的狗每天晚上叫到很晚，孩子睡不着',
    location: '3号楼1单元',
    name: '钱奶奶',
    phone: '13912347000',
  },
  canteen: {
    at: '2026-11-19T06:00:00Z',
    kind: 'suggestion',
    category: 'sug.elderly',
    description: '希望老年食堂中午多放几张桌子，经常没有座位',
  },
  rubbish: {
    at: '2026-11-20T02:00:00Z',
    kind: 'complaint',
    category: 'cmp.sanitation',
    description: '东门垃圾站周末没有清运，味道很大',
    location: '东门',
  },
  noise: {
    at: '2026-11-24T08:00:00Z',
    kind: 'complaint',
    category: 'cmp.noise',
    description: '楼上每天半夜装修，电钻声很响',
    location: '5号楼3单元',
    name: '李先生',
    phone: '13912345678',
  },
  pension: {
    at: '2026-11-25T01:10:00Z',
    kind: 'service',
    category: 'svc.social-security',
    description: '想问一下养老金资格认证在哪里办',
    name: '吴大爷',
    phone: '13500005555',
  },
} satisfies Record<string, Case>;
export type CaseName = keyof typeof CASES;

export interface StaffDay {
  host: OwnHost;
  refs: Record<CaseName, string>;
  close(): Promise<void>;
}

/** Starts a host on the set clock and fills it with the fortnight's cases; the clock is left at TODAY. */
export async function startStaffDay(): Promise<StaffDay> {
  let base = Date.parse(TODAY);
  let setAt = Date.now();
  // The set instant, moving on in real time from when it was set (so a session made "today" lasts as usual).
  const host = await startOwnHost(undefined, {
    config: { residentLimits: FLOOD_LIMITS },
    now: () => new Date(base + (Date.now() - setAt)),
  });
  const setClock = (iso: string) => {
    base = Date.parse(iso);
    setAt = Date.now();
  };
  for (const w of WORKERS) {
    const added = admin(host.dataDir, ['add-staff', '--name', w.name, '--role', 'staff'], `${w.pin}\n`);
    expect(added.stderr).toContain(`Added ${w.name}`);
  }
  const api = await request.newContext({ baseURL: host.url });
  const call = async (method: string, data: unknown) => {
    const answer = await api.post(`/api/${method}`, { data });
    expect(answer.status(), `${method}: ${await answer.text()}`).toBe(200);
    return answer.json();
  };
  const ids = {} as Record<CaseName, number>;
  const refs = {} as Record<CaseName, string>;
  for (const [name, c] of Object.entries(CASES) as [CaseName, Case][]) {
    setClock(c.at);
    const contact = c.phone ? { anonymous: false, name: c.name, phone: c.phone } : { anonymous: true };
    const { id, ref } = await call('submit', {
      kind: c.kind,
      category: c.category,
      description: c.description,
      ...(c.location && { location: c.location }),
      contact,
      language: 'zh-CN',
      inputModes: ['touch'],
    });
    ids[name] = id;
    refs[name] = ref;
  }
  await call('staffLogin', { pin: PIN });
  const { items } = (await call('listStaff', {})) as { items: { id: number; name: string }[] };
  await call('staffLogout', {});
  const staffId = (name: string) => items.find((p) => p.name === name)!.id;

  /** Staff work at a moment: signed in as the admin, acting, signed out (a session lives on the set clock). */
  const asStaff = async (iso: string, work: () => Promise<void>) => {
    setClock(iso);
    await call('staffLogin', { pin: PIN });
    await work();
    await call('staffLogout', {});
  };
  const resolve = (name: CaseName, publicNote: string) =>
    call('setStatus', { ids: [ids[name]], status: 'resolved', publicNote });
  const verdict = (iso: string, name: CaseName, rating: string, reason?: string) => {
    setClock(iso);
    const phone = (CASES[name] as Case).phone!;
    return call('rateOutcome', { ref: refs[name], phoneLast4: phone.slice(-4), rating, ...(reason && { reason }) });
  };

  // In the order it happened (the clock only moves forward).
  await asStaff('2026-11-13T03:00:00Z', () => call('assign', { ids: [ids.housing], staffId: staffId('李芳') }));
  await asStaff('2026-11-16T02:00:00Z', () => call('assign', { ids: [ids.lift], staffId: staffId('王小明') }));
  await asStaff('2026-11-17T01:30:00Z', () => call('assign', { ids: [ids.light] }));
  await asStaff('2026-11-18T02:00:00Z', () => call('assign', { ids: [ids.gate], staffId: staffId('王小明') }));
  await asStaff('2026-11-18T05:00:00Z', () => resolve('light', '楼道灯已经换新，也加了一盏感应灯'));
  await verdict('2026-11-19T01:00:00Z', 'light', 'basically');
  await asStaff('2026-11-19T03:00:00Z', () => call('assign', { ids: [ids.dog], staffId: staffId('李芳') }));
  await asStaff('2026-11-19T07:00:00Z', () => call('setStatus', { ids: [ids.canteen], status: 'collected' }));
  await asStaff('2026-11-20T03:00:00Z', () => call('assign', { ids: [ids.rubbish], staffId: staffId('李芳') }));
  await asStaff('2026-11-20T08:00:00Z', () => resolve('gate', '已督促物业修好单元门禁，换了新的读卡器'));
  await verdict('2026-11-21T02:00:00Z', 'gate', 'satisfied');
  await asStaff('2026-11-23T06:00:00Z', () => resolve('dog', '已上门劝导，狗主人答应晚上把狗关在屋里'));
  await verdict('2026-11-24T12:00:00Z', 'dog', 'unsatisfied', '狗还是每天晚上叫，跟以前一样');
  await api.dispose();
  setClock(TODAY);
  return { host, refs, close: () => host.close() };
}
