import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome } from '../../app/cases/lifecycle';
import type { KioskApi, ResultOf } from '../../app/contract/kioskApi';
import type { Language } from '../../app/i18n/languages';
import { toMinute } from './dates';

type Case = ResultOf<'getSubmission'>;

function sourceText(source: string, t: TFunction): string {
  if (source === 'follow-up') return t('staff.verdict.sources.followUp');
  if (source === 'kiosk') return t('staff.verdict.sources.kiosk');
  return t('staff.verdict.sources.web');
}

interface Props {
  api: KioskApi;
  submission: Case;
  language: Language;
  t: TFunction;
  onSaved(): Promise<void>;
}

/**
 * The resident's verdicts (with a 不满意's reason in their words) and the
 * follow-up calls (回访), and a form to record one when the resident left a phone.
 */
export function VerdictAndFollowUp({ api, submission: s, language, t, onSaved }: Props) {
  const ids = { outcome: useId(), note: useId() };
  const [outcome, setOutcome] = useState<FollowUpOutcome>('reached-satisfied');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const verdicts = s.verdicts ?? [];
  const calls = s.followUps ?? [];
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    await api.recordFollowUp({ id: s.id, outcome, ...(note.trim() && { note: note.trim() }) });
    setNote('');
    setSaved(true);
    await onSaved();
  };
  return (
    <>
      <h3>{t('staff.verdict.title')}</h3>
      {verdicts.length === 0 ? (
        <p>{t('staff.verdict.none')}</p>
      ) : (
        <ol className="verdicts">
          {verdicts.map((v) => (
            <li key={`${v.at}-${v.rating}`}>
              {t('staff.verdict.given', {
                at: toMinute(v.at, language),
                source: sourceText(v.source, t),
                rating: t(`staff.verdict.ratings.${v.rating}`),
              })}
              {v.reason && <> · {t('staff.verdict.reason', { reason: v.reason })}</>}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('staff.followUp.title')}</h3>
      {calls.length === 0 ? (
        <p>{t('staff.followUp.none')}</p>
      ) : (
        <ol className="follow-ups">
          {calls.map((c) => (
            <li key={`${c.at}-${c.outcome}`}>
              {t('staff.followUp.done', {
                at: toMinute(c.at, language),
                by: c.by,
                outcome: t(`staff.followUp.outcomes.${c.outcome}`),
              })}
              {c.note ? ` · ${c.note}` : ''}
            </li>
          ))}
        </ol>
      )}
      {s.phone === null ? (
        <p className="note">{t('staff.followUp.noPhone')}</p>
      ) : (
        <form className="field-grid" onSubmit={save}>
          <div className="field">
            <label htmlFor={ids.outcome}>{t('staff.followUp.outcome')}</label>
            <select
              id={ids.outcome}
              value={outcome}
              onChange={(e) => {
                setOutcome(e.target.value as FollowUpOutcome);
                setSaved(false);
              }}
            >
              {FOLLOW_UP_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`staff.followUp.outcomes.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-wide">
            <label htmlFor={ids.note}>{t('staff.followUp.note')}</label>
            <input id={ids.note} type="text" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="field field-action">
            <button type="submit" className="btn">
              {t('staff.followUp.save')}
            </button>
          </div>
          {saved && (
            <p role="status" className="note">
              {t('staff.followUp.saved')}
            </p>
          )}
        </form>
      )}
    </>
  );
}
