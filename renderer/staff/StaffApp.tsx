import type { i18n as I18n, TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import type { KioskApi, KioskConfigView, ResultOf } from '../../app/contract/kioskApi';
import { formatReference } from '../../app/domain/referenceNumber';
import { LANGUAGE_ENDONYMS, type Language } from '../../app/i18n/languages';
import { KioskApiError } from '../api/client';
import { categoryLabel, findEntry } from '../shell/catalogueText';
import './staff.css';

interface Props {
  api: KioskApi;
  config: KioskConfigView;
  i18n: I18n;
}

type List = ResultOf<'listSubmissions'>;

/** The staff side of the foundation: sign in with the PIN, see the queue, export it. */
export default function StaffApp({ api, config, i18n }: Props) {
  const [language, setLanguage] = useState<Language>(config.defaultLanguage);
  const [list, setList] = useState<List | null>(null);
  const t = i18n.getFixedT(language);

  useEffect(() => {
    document.documentElement.dataset.page = 'staff';
    document.documentElement.lang = language;
  }, [language]);

  const refresh = async () => setList(await api.listSubmissions({ limit: 200 }));
  const signOut = async () => {
    await api.staffLogout({}).catch(() => undefined);
    setList(null);
  };

  return (
    <div className="staff">
      <header className="row">
        <h1>{t('staff.title')}</h1>
        <span className="spacer" />
        {config.languages
          .filter((l) => l !== language)
          .map((l) => (
            <button key={l} type="button" className="btn" lang={l} onClick={() => setLanguage(l)}>
              {LANGUAGE_ENDONYMS[l]}
            </button>
          ))}
        {list && (
          <button type="button" className="btn" onClick={signOut}>
            {t('staff.signOut')}
          </button>
        )}
      </header>
      <main>
        {list ? (
          <Queue list={list} api={api} config={config} language={language} t={t} onRefresh={refresh} />
        ) : (
          <SignIn api={api} t={t} onSignedIn={refresh} />
        )}
      </main>
    </div>
  );
}

function SignIn({ api, t, onSignedIn }: { api: KioskApi; t: TFunction; onSignedIn(): Promise<void> }) {
  const id = useId();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await api.staffLogin({ pin });
      setPin('');
      await onSignedIn();
    } catch (err) {
      setError(signInError(err, t));
    }
  };
  return (
    <form className="sign-in" onSubmit={submit}>
      <h2>{t('staff.signInTitle')}</h2>
      <label htmlFor={id}>{t('staff.pin')}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={pin}
        onChange={(e) => setPin(e.target.value)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary">
        {t('staff.signIn')}
      </button>
    </form>
  );
}

function signInError(err: unknown, t: TFunction): string {
  if (!(err instanceof KioskApiError)) return t('staff.signInFailed', { message: String(err) });
  if (err.code === 'rate-limited') return t('staff.lockedOut', { seconds: err.retryAfterSeconds ?? 0 });
  if (err.code === 'unauthorized' && /set-pin/.test(err.message)) return t('staff.noPin');
  if (err.code === 'unauthorized' || err.code === 'invalid') return t('staff.wrongPin');
  return t('staff.signInFailed', { message: err.message });
}

interface QueueProps {
  list: List;
  api: KioskApi;
  config: KioskConfigView;
  language: Language;
  t: TFunction;
  onRefresh(): Promise<void>;
}

function Queue({ list, api, config, language, t, onRefresh }: QueueProps) {
  const download = async (format: 'csv' | 'json') => {
    const file = await api.exportSubmissions({ format });
    const url = URL.createObjectURL(new Blob([file.body], { type: file.contentType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.filename;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="queue-title">
      <div className="row">
        <h2 id="queue-title">{t('staff.queue')}</h2>
        <span>{t('staff.total', { count: list.total })}</span>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onRefresh}>
          {t('staff.refresh')}
        </button>
        <button type="button" className="btn" onClick={() => download('csv')}>
          {t('staff.exportCsv')}
        </button>
        <button type="button" className="btn" onClick={() => download('json')}>
          {t('staff.exportJson')}
        </button>
      </div>
      {list.items.length === 0 ? (
        <p>{t('staff.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {(['ref', 'createdAt', 'kind', 'category', 'status', 'description', 'contact'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`staff.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.items.map((s) => (
              <tr key={s.id}>
                <td>{formatReference(s.ref)}</td>
                <td>{s.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{t(`kinds.${s.kind}.label`)}</td>
                <td>{categoryLabel(findEntry(config, s.category), s.category, language, t)}</td>
                <td>{t(`staff.status.${s.status}`)}</td>
                <td className="description">{s.description}</td>
                <td>{s.anonymous ? t('staff.anonymous') : [s.name, s.phone].filter(Boolean).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
