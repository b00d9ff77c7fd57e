import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { STAFF_MOVES } from '../../app/cases/lifecycle';
import type { KioskApi, KioskConfigView, ResultOf } from '../../app/contract/kioskApi';
import { formatReference } from '../../app/domain/referenceNumber';
import type { Status } from '../../app/domain/status';
import type { Language } from '../../app/i18n/languages';
import { categoryLabel, findEntry } from '../shell/catalogueText';
import { AssignCase, CaseDue } from './CaseHandling';
import { toMinute, toSecond } from './dates';
import { VerdictAndFollowUp } from './FollowUp';
import { MergeCases, MeTooCount } from './MergeCases';
import { SmsSent } from './SmsSent';
import { actorName, inputModesText, languageName } from './words';

interface Props {
  api: KioskApi;
  id: number;
  config: KioskConfigView;
  language: Language;
  t: TFunction;
  onClose(): void;
  onChanged(): Promise<void>;
}

/** What the status form offers first: an open case's resolution (once someone has it), else the first allowed move. */
function suggestedMove(from: Status): Status {
  const moves = STAFF_MOVES[from];
  return from !== 'queued' && moves.includes('resolved') ? 'resolved' : moves[0]!;
}

/** One submission in full, its history, and a status change with a note. */
export function Detail({ api, id, config, language, t, onClose, onChanged }: Props) {
  const [submission, setSubmission] = useState<ResultOf<'getSubmission'> | null>(null);
  const [status, setStatus] = useState<Status>('collected');
  const [note, setNote] = useState('');
  const [publicNote, setPublicNote] = useState('');
  const ref = useRef<HTMLHeadingElement>(null);
  const ids = { status: useId(), note: useId(), publicNote: useId() };

  useEffect(() => {
    void api.getSubmission({ id }).then(setSubmission);
  }, [api, id]);
  // Offered afresh whenever the case changes (taken, resolved, rated): the likely next step, never a step back.
  useEffect(() => {
    if (submission) setStatus(suggestedMove(submission.status));
  }, [submission]);
  useEffect(() => {
    // Opened from far down a long list, the whole submission comes into view, not just its heading's line.
    // (jsdom has no scrollIntoView, hence the optional call.)
    if (submission) {
      ref.current?.focus({ preventScroll: true });
      ref.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [submission]);
  if (!submission) return null;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    await api.setStatus({
      ids: [id],
      status,
      note: note.trim() || undefined,
      publicNote: publicNote.trim() || undefined,
    });
    setNote('');
    setPublicNote('');
    setSubmission(await api.getSubmission({ id }));
    await onChanged();
  };
  const s = submission;
  const field = (label: string, value: string | null) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || t('review.notGiven')}</dd>
    </div>
  );
  return (
    <section className="detail stack" aria-labelledby="detail-title">
      <div className="row">
        <h2 id="detail-title" ref={ref} tabIndex={-1}>
          {t('staff.detail.title', { ref: formatReference(s.ref) })}
        </h2>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <AssignCase
        api={api}
        id={id}
        t={t}
        onAssigned={async () => {
          setSubmission(await api.getSubmission({ id }));
          await onChanged();
        }}
      />
      <dl className="fields">
        {field(t('staff.columns.createdAt'), toSecond(s.createdAt, language))}
        {field(t('staff.columns.kind'), t(`kinds.${s.kind}.label`))}
        {field(t('staff.columns.category'), categoryLabel(findEntry(config, s.category), s.category, language, t))}
        {field(t('staff.columns.status'), t(`staff.status.${s.status}`))}
        <div>
          <dt>{t('staff.case.assignee')}</dt>
          <dd>
            <CaseDue item={s} t={t} />
          </dd>
        </div>
        {field(
          t('staff.case.due'),
          [
            s.respondBy && t('staff.case.respondBy', { date: s.respondBy }),
            s.resolveBy && t('staff.case.resolveBy', { date: s.resolveBy }),
          ]
            .filter(Boolean)
            .join(' · '),
        )}
        <div>
          <dt>{t('meToo.residents')}</dt>
          <dd>
            {t('meToo.count', { count: s.residents ?? 1 })}
            <MeTooCount item={s} t={t} />
          </dd>
        </div>
        {field(t('review.description'), s.description)}
        {field(t('review.location'), s.location)}
        {field(t('staff.detail.name'), s.anonymous ? t('staff.anonymous') : s.name)}
        {field(t('staff.detail.phone'), s.anonymous ? t('staff.anonymous') : s.phone)}
        {field(t('staff.detail.language'), languageName(s.language, t))}
        {field(t('staff.detail.inputModes'), inputModesText(s.inputModes, t))}
      </dl>
      <h3>{t('staff.detail.changeTitle')}</h3>
      <form className="field-grid" onSubmit={save}>
        <div className="field">
          <label htmlFor={ids.status}>{t('staff.detail.newStatus')}</label>
          <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
            {STAFF_MOVES[s.status].map((st) => (
              <option key={st} value={st}>
                {t(`staff.status.${st}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.note}>{t('staff.detail.note')}</label>
          <input id={ids.note} type="text" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="field field-wide">
          <label htmlFor={ids.publicNote}>{t('staff.detail.publicNote')}</label>
          <input
            id={ids.publicNote}
            type="text"
            value={publicNote}
            maxLength={500}
            onChange={(e) => setPublicNote(e.target.value)}
          />
        </div>
        <div className="field field-action">
          <button type="submit" className="btn btn-primary">
            {t('staff.detail.save')}
          </button>
        </div>
      </form>
      <h3>{t('staff.detail.history')}</h3>
      <ol>
        {s.history.map((h) => (
          <li key={`${h.at}-${h.status}`}>
            {toMinute(h.at, language)} · {t(`staff.status.${h.status}`)} · {actorName(h.by, t)}
            {h.note ? ` · ${h.note}` : ''}
          </li>
        ))}
      </ol>
      <SmsSent key={s.updatedAt} api={api} id={id} language={language} t={t} />
      {!s.mergedInto && (
        <MergeCases
          api={api}
          id={id}
          caseRef={s.ref}
          t={t}
          onMerged={async () => {
            setSubmission(await api.getSubmission({ id }));
            await onChanged();
          }}
        />
      )}
      <VerdictAndFollowUp
        api={api}
        submission={s}
        language={language}
        t={t}
        onSaved={async () => {
          setSubmission(await api.getSubmission({ id }));
          await onChanged();
        }}
      />
    </section>
  );
}
