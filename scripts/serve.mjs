// `npm run serve`: the browser host, run from its bundle (dist/host/serve.mjs), which is built
// first when it is missing or older than a file that went into it. Arguments are the host's own
// (`--port`, `--bind`, `--data-dir`, `--config`): it reads them from process.argv as if run directly.
import { pathToFileURL } from 'node:url';
import { buildHost, HOST_BUNDLE, hostBundleIsFresh } from './build-host.mjs';

if (!hostBundleIsFresh()) {
  try {
    await buildHost();
  } catch {
    process.exit(1); // esbuild has printed what failed
  }
}
await import(pathToFileURL(HOST_BUNDLE).href);
