import { PIN_PATTERN } from '../staff/pinHash';

/** Everything on a piped stdin, as text. */
export async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** One line typed at the terminal without echoing it (raw mode); Ctrl-C aborts. */
export function promptHidden(
  prompt: string,
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): Promise<string> {
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new Error('Cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.on('data', onData);
  });
}

export class PinInputError extends Error {}

function checked(pin: string): string {
  if (!PIN_PATTERN.test(pin)) throw new PinInputError('The PIN must be 4 to 12 digits (0-9), nothing else.');
  return pin;
}

/** The new PIN: the first line of stdin when piped, else typed twice at the terminal without echo. */
export async function readNewPin(input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (!input.isTTY) return checked((await readAll(input)).split(/\r?\n/)[0]!.trim());
  const pin = checked(await promptHidden('New staff PIN (4-12 digits): ', input));
  if ((await promptHidden('Type it again: ', input)) !== pin) {
    throw new PinInputError('The two PINs differ; nothing was changed.');
  }
  return pin;
}
