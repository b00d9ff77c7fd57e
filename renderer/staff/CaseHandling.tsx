import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import type { CaseFields, KioskApi, ResultOf } from '../../app/contract/kioskApi';

type StaffList = ResultOf<'listStaff'>;

/** Everyone who may take cases, and who is signed in here; asked once per console view. */
export function useStaffList(api: KioskApi): StaffList | null {
  const [staff, setStaff] = useState<StaffList | null>(null);
  useEffect(() => {
    let live = true;
    void api.listStaff({}).then((list) => live && setStaff(list));
    return () => {
      live = false;
    };
  }, [api]);
  return staff;
}

/** Who is signed in, by name and role, in the console's header. */
export function SignedInAs({ api, t }: { api: KioskApi; t: TFunction }) {
  const staff = useStaffList(api);
  if (staff === null) return null;
  const { name, role } = staff.self;
  return <p className="signed-in-as">{t('staff.case.signedInAs', { name, role: t(`staff.case.roles.${role}`) })}</p>;
}

/** The queue's count of overdue cases, shown only when there is one (the mark is words, not a colour alone). */
export function OverdueCount({ overdue, t }: { overdue: number | undefined; t: TFunction }) {
  if (!overdue) return null;
  return <span className="count overdue-count">{t('staff.case.overdueCount', { count: overdue })}</span>;
}

/** A case's assignee and the deadline still to be met, with a word when it is due today or overdue. */
export function CaseDue({ item, t }: { item: CaseFields & { status: string }; t: TFunction }) {
  const due = item.status === 'queued' ? item.respondBy : item.resolveBy;
  // One inline element: a queue card lays out a cell's children as blocks, which split the name from its deadline.
  return (
    <span>
      <span>{item.assignee?.name ?? t('staff.case.unassigned')}</span>
      {item.urgency && due && (
        <span className={`due due-${item.urgency}`}>
          {' · '}
          {item.urgency === 'overdue'
            ? `${t('staff.case.overdue')} ${due}`
            : item.urgency === 'due-today'
              ? t('staff.case.dueToday')
              : due}
        </span>
      )}
    </span>
  );
}

interface AssignProps {
  api: KioskApi;
  id: number;
  t: TFunction;
  onAssigned(): Promise<void>;
}

/** 我来处理 (take the case), or 分配给 a colleague, in a case's detail. */
export function AssignCase({ api, id, t, onAssigned }: AssignProps) {
  const staff = useStaffList(api);
  const [to, setTo] = useState<number | null>(null);
  const selectId = useId();
  if (staff === null) return null;
  const assign = async (staffId?: number) => {
    await api.assign(staffId === undefined ? { ids: [id] } : { ids: [id], staffId });
    await onAssigned();
  };
  return (
    <div className="row assign-case">
      <button type="button" className="btn btn-primary" onClick={() => assign()}>
        {t('staff.case.take')}
      </button>
      <label htmlFor={selectId}>{t('staff.case.assignTo')}</label>
      <select
        id={selectId}
        value={to ?? ''}
        onChange={(e) => setTo(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="" />
        {staff.items.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <button type="button" className="btn" disabled={to === null} onClick={() => to !== null && assign(to)}>
        {t('staff.case.assign')}
      </button>
    </div>
  );
}

/** How the queue is ordered and which deadlines it shows: the worker's view of what to do first. */
export interface UrgencyView {
  sort: 'newest' | 'urgency';
  due: 'overdue' | 'today' | undefined;
}

/**
 * 紧急的排在前面 / 只看超期 / 只看今天到期 as buttons that stay pressed (aria-pressed), applied at once:
 * a worker starting the day sorts by urgency without filling in the filter form.
 */
export function UrgencyToggles({
  view,
  onChange,
  t,
}: {
  view: UrgencyView;
  onChange(view: UrgencyView): void;
  t: TFunction;
}) {
  const toggle = (pressed: boolean, label: string, next: UrgencyView) => (
    <button type="button" className="btn" aria-pressed={pressed} onClick={() => onChange(next)}>
      {label}
    </button>
  );
  const urgent = view.sort === 'urgency';
  return (
    <div className="row urgency-toggles">
      {toggle(urgent, t('staff.case.urgentFirst'), { ...view, sort: urgent ? 'newest' : 'urgency' })}
      {toggle(view.due === 'overdue', t('staff.case.onlyOverdue'), {
        ...view,
        due: view.due === 'overdue' ? undefined : 'overdue',
      })}
      {toggle(view.due === 'today', t('staff.case.onlyDueToday'), {
        ...view,
        due: view.due === 'today' ? undefined : 'today',
      })}
    </div>
  );
}
