import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles/kiosk.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import type { KioskApi, KioskConfigView } from '../app/contract/kioskApi';
import { defaultKioskApi } from './api/client';
import { createI18n } from './i18n';
import { KioskApp } from './shell/KioskApp';
import { chosenProvider, createSpeech } from './speech';

const StaffApp = lazy(() => import('./staff/StaffApp'));

const RETRY_MS = 5000;

async function loadConfig(api: KioskApi): Promise<KioskConfigView> {
  for (;;) {
    try {
      return await api.getKioskConfig({});
    } catch {
      showUnavailable();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

/** Before the config arrives there is no language yet: say it in both. */
function showUnavailable() {
  const root = document.getElementById('root')!;
  root.innerHTML =
    '<main class="kiosk-main"><h1>暂时无法使用，请稍候或找工作人员。</h1><p lang="en">Temporarily unavailable. Please wait, or ask a member of staff.</p></main>';
}

async function boot() {
  const api = defaultKioskApi();
  // The strings are set up while the host answers, so that a start waits for the slower of the two, not
  // both; the centre's language follows.
  const configLoaded = loadConfig(api);
  const i18n = createI18n();
  const config = await configLoaded;
  if (i18n.language !== config.defaultLanguage) await i18n.changeLanguage(config.defaultLanguage);
  const rootElement = document.getElementById('root')!;
  rootElement.innerHTML = '';
  const root = createRoot(rootElement);
  const isStaff = window.location.pathname.replace(/\/+$/, '').endsWith('/staff');
  const speech = isStaff
    ? null
    : await createSpeech(chosenProvider(config, window.location.search, !window.linliKiosk), config, api);
  root.render(
    <StrictMode>
      {isStaff ? (
        <Suspense fallback={null}>
          <StaffApp api={api} backgroundApi={defaultKioskApi({ background: true })} config={config} i18n={i18n} />
        </Suspense>
      ) : (
        <KioskApp api={api} config={config} speech={speech!} i18n={i18n} />
      )}
    </StrictMode>,
  );
}

void boot();
