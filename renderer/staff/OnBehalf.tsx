import type { TFunction } from 'i18next';
import { useId, useRef, useState } from 'react';
import type { KioskApi, KioskConfigView } from '../../app/contract/kioskApi';
import { ON_BEHALF_CHANNELS, type OnBehalfChannel } from '../../app/domain/inputModes';
import { KINDS, type Kind } from '../../app/domain/kinds';
import { formatReference } from '../../app/domain/referenceNumber';
import type { Language } from '../../app/i18n/languages';
import { KioskApiError } from '../api/client';
import { categoryLabel } from '../shell/catalogueText';

interface Props {
  api: KioskApi;
  config: KioskConfigView;
  /** The console's language, recorded as the resident's (the language staff spoke with them in). */
  language: Language;
  t: TFunction;
}

const FIELDS = ['kind', 'category', 'description', 'location', 'name', 'phone', 'note'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

const EMPTY = { kind: '', category: '', description: '', location: '', name: '', phone: '', note: '' };

/** The form's field an API error names (`draft.contact.phone` → phone); a service request without contact asks for a phone. */
function fieldOf(apiField: string | undefined): Field | null {
  const path = (apiField ?? '').replace(/^draft\./, '').replace(/\.\d+$/, '');
  if (path === 'contact.anonymous' || path === 'contact.phone' || path === 'contact') return 'phone';
  if (path === 'contact.name') return 'name';
  return (FIELDS as readonly string[]).includes(path) ? (path as Field) : null;
}

/**
 * 代办登记: a member of staff enters a request for a resident who phoned or came to the desk, with the
 * kiosk's own catalogue and checks (`submitOnBehalf`), then reads them the reference it answers.
 */
export function OnBehalf({ api, config, language, t }: Props) {
  const ids = {
    channel: useId(),
    kind: useId(),
    category: useId(),
    description: useId(),
    location: useId(),
    name: useId(),
    phone: useId(),
    note: useId(),
  };
  const [form, setForm] = useState(EMPTY);
  const [channel, setChannel] = useState<OnBehalfChannel>('phone');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [savedRef, setSavedRef] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  const categories = config.catalogue.filter((c) => c.kind === form.kind);
  const set = (key: Field) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setForm({ ...form, [key]: e.target.value, ...(key === 'kind' && { category: '' }) });

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const missing: Errors = {};
    if (!form.kind) missing.kind = t('staff.onBehalf.errors.kind');
    if (!form.category) missing.category = t('staff.onBehalf.errors.category');
    if (!form.description.trim()) missing.description = t('staff.onBehalf.errors.description');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const name = form.name.trim();
    const phone = form.phone.trim();
    const anonymous = name === '' && phone === '';
    try {
      const saved = await api.submitOnBehalf({
        draft: {
          kind: form.kind as Kind,
          category: form.category,
          description: form.description,
          ...(form.location.trim() && { location: form.location }),
          contact: anonymous ? { anonymous } : { anonymous, ...(name && { name }), ...(phone && { phone }) },
          language,
        },
        channel,
        ...(form.note.trim() && { note: form.note }),
      });
      setSavedRef(saved.ref);
      setForm(EMPTY);
    } catch (err) {
      const field = err instanceof KioskApiError ? fieldOf(err.field) : null;
      if (field !== null) setErrors({ [field]: t(`staff.onBehalf.errors.${field}`) });
      else setFailure(t('staff.onBehalf.failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  const another = () => {
    setSavedRef(null);
    setErrors({});
    queueMicrotask(() => first.current?.focus());
  };

  const error = (field: Field) =>
    errors[field] && (
      <p id={`${ids[field]}-error`} className="error" role="alert">
        {errors[field]}
      </p>
    );
  const described = (field: Field) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${ids[field]}-error` } : {};

  return (
    <section aria-labelledby="on-behalf-title" className="stack on-behalf">
      <h2 id="on-behalf-title">{t('staff.onBehalf.title')}</h2>
      <p>{t('staff.onBehalf.intro')}</p>
      {savedRef !== null ? (
        <div className="stack">
          <p role="status" className="saved-ref">
            {t('staff.onBehalf.saved', { ref: formatReference(savedRef) })}
          </p>
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={another}>
              {t('staff.onBehalf.another')}
            </button>
          </div>
        </div>
      ) : (
        <form className="field-grid" onSubmit={save} noValidate>
          <fieldset className="field field-wide">
            <legend>{t('staff.onBehalf.channel')}</legend>
            <div className="row">
              {ON_BEHALF_CHANNELS.map((c) => (
                <label key={c} className="choice">
                  <input
                    type="radio"
                    name={ids.channel}
                    value={c}
                    checked={channel === c}
                    onChange={() => setChannel(c)}
                  />
                  {t(`staff.onBehalf.channels.${c}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={ids.kind}>{t('staff.onBehalf.kind')}</label>
            <select ref={first} id={ids.kind} value={form.kind} onChange={set('kind')} {...described('kind')}>
              <option value="">{t('staff.onBehalf.choose')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}.label`)}
                </option>
              ))}
            </select>
            {error('kind')}
          </div>
          <div className="field">
            <label htmlFor={ids.category}>{t('staff.onBehalf.category')}</label>
            <select id={ids.category} value={form.category} onChange={set('category')} {...described('category')}>
              <option value="">{t('staff.onBehalf.choose')}</option>
              {categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {categoryLabel(c, c.code, language, t)}
                </option>
              ))}
            </select>
            {error('category')}
          </div>
          <div className="field field-wide">
            <label htmlFor={ids.description}>{t('staff.onBehalf.description')}</label>
            <textarea
              id={ids.description}
              rows={4}
              maxLength={4000}
              value={form.description}
              onChange={set('description')}
              {...described('description')}
            />
            {error('description')}
          </div>
          {(['location', 'name', 'phone'] as const).map((f) => (
            <div key={f} className="field">
              <label htmlFor={ids[f]}>{t(`staff.onBehalf.${f}`)}</label>
              <input
                id={ids[f]}
                type={f === 'phone' ? 'tel' : 'text'}
                inputMode={f === 'phone' ? 'tel' : undefined}
                autoComplete="off"
                value={form[f]}
                onChange={set(f)}
                {...described(f)}
              />
              {error(f)}
            </div>
          ))}
          <div className="field field-wide">
            <label htmlFor={ids.note}>{t('staff.onBehalf.note')}</label>
            <input
              id={ids.note}
              type="text"
              maxLength={1000}
              value={form.note}
              onChange={set('note')}
              {...described('note')}
            />
            {error('note')}
          </div>
          {failure && (
            <p className="error field-wide" role="alert">
              {failure}
            </p>
          )}
          <div className="field field-action">
            <button type="submit" className="btn btn-primary">
              {t('staff.onBehalf.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
