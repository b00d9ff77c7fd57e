import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DownloadItem, Session, WebContents } from 'electron';
import { isStaffConsoleUrl } from './ipc';
import { isAppUrl } from './protocol';

type Download = Pick<DownloadItem, 'getURL' | 'getFilename' | 'setSavePath'>;
type Downloader = Pick<WebContents, 'getURL'>;
type DownloadingSession = {
  on(
    event: 'will-download',
    listener: (event: { preventDefault(): void }, item: Download, contents: Downloader | undefined) => void,
  ): unknown;
};

/** A file name the console gave, made safe to join to a folder: no path, no characters Windows refuses. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_');
  return base === '' || base === '.' || base === '..' ? 'linli-export' : base;
}

/** `folder/name`, or `folder/name (2).ext` and so on when a file of that name is already there: nothing is overwritten. */
export function freePath(folder: string, name: string): string {
  const { name: stem, ext } = path.parse(name);
  let candidate = path.join(folder, name);
  for (let n = 2; existsSync(candidate); n++) candidate = path.join(folder, `${stem} (${n})${ext}`);
  return candidate;
}

/**
 * Staff exports (CSV, JSON, Open311, the audit log), which the console hands
 * to the browser as a `blob:` download named by the console, are saved
 * straight into `folder()` (the kiosk user's Downloads folder) under that
 * name: no save dialog ever opens over the kiosk. Any other download (not
 * from the console's own page, not within a staff session) is cancelled.
 */
export function saveStaffExports(
  session: DownloadingSession | Pick<Session, 'on'>,
  folder: () => string,
  isStaff: (contents: Downloader) => boolean,
): void {
  (session as DownloadingSession).on('will-download', (event, item, contents) => {
    const url = item.getURL();
    const fromApp = url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
    if (!fromApp || contents === undefined || !isStaffConsoleUrl(contents.getURL()) || !isStaff(contents)) {
      event.preventDefault();
      return;
    }
    const target = folder();
    mkdirSync(target, { recursive: true });
    item.setSavePath(freePath(target, safeFileName(item.getFilename())));
  });
}
