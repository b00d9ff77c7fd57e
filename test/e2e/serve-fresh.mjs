// Starts the browser host for the end-to-end tests on an empty data folder
// with a known staff PIN, the way a newcomer would: through the admin CLI.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, pin: { type: 'string' } },
});
const dataDir = values['data-dir'];
rmSync(dataDir, { recursive: true, force: true });
const setPin = spawnSync('npx', ['tsx', 'main/cli/admin.ts', 'set-pin', '--data-dir', dataDir], {
  input: `${values.pin}\n`,
  stdio: ['pipe', 'inherit', 'inherit'],
});
if (setPin.status !== 0) process.exit(setPin.status ?? 1);
// As `npm run serve` runs it: from its bundle, built first if a source is newer.
const host = spawn(process.execPath, ['scripts/serve.mjs', '--port', values.port, '--data-dir', dataDir], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
