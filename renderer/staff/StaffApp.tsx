import type { i18n as I18n, TFunction } from 'i18next';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { KioskApi, KioskConfigView } from '../../app/contract/kioskApi';
import { LANGUAGE_ENDONYMS, type Language } from '../../app/i18n/languages';
import { endStaffSessionOnUnload, KioskApiError } from '../api/client';
import { AuditLog } from './AuditLog';
import { Dashboard } from './Dashboard';
import { OnBehalf } from './OnBehalf';
import { usePersonActivity } from './personActivity';
import { Queue } from './Queue';
import { Retention } from './Retention';
import { StaffCalls } from './StaffCalls';
import { StaffNotices } from './StaffNotices';
import { saveOverHttp } from './saveExport';
import { type SessionEnd, useStaffApi } from './useStaffApi';
import './staff.css';
import { SignedInAs } from './CaseHandling';

interface Props {
  api: KioskApi;
  /** The same KioskApi with every call marked as a timer's (the poll): it does not keep the session alive. */
  backgroundApi: KioskApi;
  config: KioskConfigView;
  i18n: I18n;
}

const TABS = ['queue', 'onBehalf', 'dashboard', 'audit', 'retention'] as const;
type Tab = (typeof TABS)[number];

/** The staff console: sign in with the PIN, then the queue, the dashboard and the audit log. */
export default function StaffApp({ api: rawApi, backgroundApi, config, i18n }: Props) {
  const [language, setLanguage] = useState<Language>(config.defaultLanguage);
  const [signedIn, setSignedIn] = useState(false);
  const [ended, setEnded] = useState<SessionEnd | null>(null);
  const [tab, setTab] = useState<Tab>('queue');
  const t = i18n.getFixedT(language);
  const onSessionEnded = useCallback((why: SessionEnd) => {
    setSignedIn(false);
    setEnded(why);
  }, []);
  const api = useStaffApi(rawApi, onSessionEnded);
  const pollApi = useStaffApi(backgroundApi, onSessionEnded);
  // In a browser the host streams exports as files; Electron's IPC has only the KioskApi's answer.
  const saveExport = useMemo(() => (window.linliKiosk ? undefined : saveOverHttp(onSessionEnded)), [onSessionEnded]);
  const lastAction = usePersonActivity();

  // Arriving from the kiosk's staff mode, the session already exists: no second sign-in.
  useEffect(() => {
    backgroundApi.pendingStaffCalls({}).then(
      () => setSignedIn(true),
      () => undefined,
    );
  }, [backgroundApi]);

  // Leaving the console any other way (closing the tab, typing another address) ends the session too.
  useEffect(() => {
    if (!signedIn) return;
    window.addEventListener('pagehide', endStaffSessionOnUnload);
    return () => window.removeEventListener('pagehide', endStaffSessionOnUnload);
  }, [signedIn]);

  useEffect(() => {
    document.documentElement.dataset.page = 'staff';
    document.documentElement.lang = language;
  }, [language]);

  const signOut = async () => {
    await api.staffLogout({}).catch(() => undefined);
    setSignedIn(false);
    setEnded(null);
    setTab('queue');
  };

  // The session ends on the server before the kiosk page loads, so the console cannot be reopened without the PIN.
  const backToKiosk = async (e: React.MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const href = e.currentTarget.href;
    await rawApi.staffLogout({}).catch(() => undefined);
    window.location.assign(href);
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
        {signedIn && (
          <button type="button" className="btn" onClick={signOut}>
            {t('staff.signOut')}
          </button>
        )}
        <a className="btn" href="./" onClick={backToKiosk}>
          {t('staff.backToKiosk')}
        </a>
      </header>
      {signedIn ? (
        <>
          <SignedInAs api={api} t={t} />
          <StaffNotices api={pollApi} t={t} />
          <StaffCalls api={api} pollApi={pollApi} lastAction={lastAction} language={language} t={t} />
          <nav className="row" aria-label={t('staff.sections')}>
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                className="btn"
                aria-current={tab === name ? 'page' : undefined}
                onClick={() => setTab(name)}
              >
                {t(`staff.tabs.${name}`)}
              </button>
            ))}
          </nav>
          <main>
            {tab === 'queue' && <Queue api={api} config={config} language={language} t={t} saveExport={saveExport} />}
            {tab === 'onBehalf' && <OnBehalf api={api} config={config} language={language} t={t} />}
            {tab === 'dashboard' && <Dashboard api={api} config={config} language={language} t={t} />}
            {tab === 'audit' && <AuditLog api={api} language={language} t={t} />}
            {tab === 'retention' && <Retention api={api} t={t} />}
          </main>
        </>
      ) : (
        <main>
          <SignIn
            api={api}
            t={t}
            ended={ended}
            onSignedIn={() => {
              setEnded(null);
              setSignedIn(true);
            }}
          />
        </main>
      )}
    </div>
  );
}

interface SignInProps {
  api: KioskApi;
  t: TFunction;
  ended: SessionEnd | null;
  onSignedIn(): void;
}

const ENDED_KEYS = {
  idle: 'staff.sessionIdle',
  lifetime: 'staff.sessionLifetime',
  ended: 'staff.sessionEnded',
} as const;

function SignIn({ api, t, ended, onSignedIn }: SignInProps) {
  const id = useId();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await api.staffLogin({ pin });
      setPin('');
      onSignedIn();
    } catch (err) {
      setError(signInError(err, t));
    }
  };
  return (
    <form className="sign-in" onSubmit={submit}>
      <h2>{t('staff.signInTitle')}</h2>
      {ended && <p role="status">{t(ENDED_KEYS[ended])}</p>}
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
