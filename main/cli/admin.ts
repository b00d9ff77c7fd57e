/** `npm run -s admin -- <command>` (DESIGN.md, "Admin CLI"); the work is in runAdmin. */
import { runAdmin } from './runAdmin';

runAdmin(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('linli admin: failed:', error);
    process.exitCode = 1;
  },
);
