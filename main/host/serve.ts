import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Kiosk, openKiosk } from '../compose';
import { ConfigError } from '../config/config';
import { resolveDataDir } from '../config/locate';
import { DataKeyError } from '../crypto/keyProvider';
import { startForwardingTimer } from '../forwarding/schedule';
import { SMS_INTERVAL_MS } from '../sms/smsSender';
import { StoreVersionError } from '../store/migrate';
import { createHost, type Host } from './createHost';

const USAGE = 'usage: npm run serve -- [--port PORT] [--bind ADDRESS] [--data-dir DIR] [--config FILE]';
const STATIC_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

function fail(message: string, exitCode = 1): never {
  console.error(`Linli browser host: ${message}`);
  process.exit(exitCode);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string' },
        bind: { type: 'string' },
        'data-dir': { type: 'string' },
        config: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

function portOption(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) fail(`--port must be a number from 0 to 65535, not "${text}"`, 2);
  return port;
}

function open(dataDir: string, configPath: string | undefined): Kiosk {
  try {
    return openKiosk({ dataDir, configPath });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StoreVersionError || error instanceof DataKeyError) {
      fail(error.message);
    }
    throw error;
  }
}

function bindOption(text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  // The same rule as the config's host.bind: the Host check needs a specific address.
  if ((text !== 'localhost' && isIP(text) === 0) || text === '0.0.0.0' || text === '::') {
    fail(`--bind must be a specific IP address or localhost, not "${text}"`, 2);
  }
  return text;
}

async function listen(kiosk: Kiosk, bind: string, port: number): Promise<Host> {
  try {
    return await createHost({ kiosk, staticDir: STATIC_DIR, bind, port, publicOrigin: kiosk.config.host.publicOrigin });
  } catch (error) {
    kiosk.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`port ${port} on ${bind} is already in use (choose another with --port)`);
    if (code === 'EADDRNOTAVAIL') fail(`${bind} is not an address of this computer (see --bind)`);
    if (code === 'EACCES') fail(`not allowed to listen on port ${port} (choose one above 1023 with --port)`);
    throw error;
  }
}

async function main(): Promise<void> {
  const values = options();
  const dataDir = resolveDataDir(values['data-dir']);
  const kiosk = open(dataDir, values.config);
  const bind = bindOption(values.bind, kiosk.config.host.bind);
  const host = await listen(kiosk, bind, portOption(values.port, kiosk.config.host.port));
  const renderer = host.rendererBuilt ? '' : '; renderer not built: run `npm run build`';
  console.log(`Linli browser host: ${host.url} (staff console: ${host.url}staff, data: ${dataDir}${renderer})`);
  const forwarding = kiosk.forwarder === null ? null : startForwardingTimer(kiosk.forwarder);
  const sms = kiosk.sms === null ? null : startForwardingTimer(kiosk.sms, SMS_INTERVAL_MS, 'sending SMS');

  let closing = false;
  const shutDown = () => {
    if (closing) return;
    closing = true;
    host
      .close()
      .catch((error: unknown) => console.error('Linli browser host: closing the server failed:', error))
      // Waits for a send in flight to be recorded, so a stop does not leave it uncertain.
      .then(() => Promise.all([forwarding?.stop(), sms?.stop(), kiosk.store.stopChecks()]))
      .finally(() => {
        kiosk.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);
}

main().catch((error: unknown) => {
  console.error('Linli browser host: could not start:', error);
  process.exit(1);
});
