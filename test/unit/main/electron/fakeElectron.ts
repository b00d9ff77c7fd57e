// A stand-in for the `electron` module. Electron cannot run on the machines these
// tests run on (its binary is not installed, and there is no display), so every
// test in this folder replaces it with this fake via `vi.mock('electron', …)`.
// It records what the code under test asked of Electron and lets a test play the
// part of Electron: fire window events, call the IPC handler, request a URL.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

let nextId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextId++;
  windowOpenHandler: Listener | undefined;
  loadedUrls: string[] = [];
  /** The page it shows; tests set it to say where the window is. */
  url = 'app://kiosk/';
  getURL = () => this.url;
  visualZoomLimits: [number, number] | undefined;
  zoomFactor = 1;
  crashed = 0;
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }
  async setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.visualZoomLimits = [min, max];
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  forcefullyCrashRenderer(): void {
    this.crashed++;
  }
}

/** Presses a key in `contents` like Electron's before-input-event does; tells whether a listener prevented it. */
export function press(
  contents: FakeWebContents,
  key: string,
  modifiers: Partial<Record<'control' | 'meta' | 'alt' | 'shift', boolean>> = {},
): boolean {
  const input = { type: 'keyDown', key, control: false, meta: false, alt: false, shift: false, ...modifiers };
  return fire(contents, 'before-input-event', input);
}

/** Fires `event` like Electron does and tells whether a listener prevented it. */
export function fire(target: Emitter, event: string, ...args: unknown[]): boolean {
  let prevented = false;
  target.emit(event, { preventDefault: () => (prevented = true) }, ...args);
  return prevented;
}

class FakeBrowserWindow extends Emitter {
  static readonly all: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.all;
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  destroyed = false;
  isDestroyed = () => this.destroyed;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  show(): void {
    this.shown = true;
  }
  isMinimized = () => false;
  restore(): void {}
  focus(): void {}
}

const calls: Array<[string, ...unknown[]]> = [];
const record =
  (name: string, result?: unknown) =>
  (...args: unknown[]) => {
    calls.push([name, ...args]);
    return result;
  };

const ipcHandlers = new Map<string, Listener>();
const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
let singleInstance = true;
const sessionHandlers: { request?: Listener; check?: Listener } = {};

/**
 * Electron's safeStorage, played by a reversible transformation (not
 * encryption): enough to tell that the key file holds the sealed form, and to
 * act as a machine without a keyring.
 */
const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  isEncryptionAvailable: () => safeStorage.available,
  getSelectedStorageBackend: () => safeStorage.backend,
  encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
  decryptString: (sealed: Buffer) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:'))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice('sealed:'.length), 'hex').toString();
  },
};

/** The default session: permission handlers, and events such as will-download. */
/** Folders app.getPath answers with, where a test has set one. */
const paths: Record<string, string> = {};

const defaultSession = Object.assign(new Emitter(), {
  setPermissionRequestHandler: (handler: Listener) => (sessionHandlers.request = handler),
  setPermissionCheckHandler: (handler: Listener) => (sessionHandlers.check = handler),
});

const app = Object.assign(new Emitter(), {
  requestSingleInstanceLock: () => {
    calls.push(['app.requestSingleInstanceLock']);
    return singleInstance;
  },
  quit: record('app.quit'),
  exit: record('app.exit'),
  whenReady: async () => {
    calls.push(['app.whenReady']);
  },
  getPath: (name: string) => paths[name] ?? `/nonexistent/${name}`,
});

export const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  Menu: { setApplicationMenu: record('Menu.setApplicationMenu') },
  powerSaveBlocker: { start: record('powerSaveBlocker.start', 1) },
  safeStorage,
  dialog: { showErrorBox: record('dialog.showErrorBox') },
  protocol: {
    registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      calls.push(['protocol.handle', scheme]);
      protocolHandlers.set(scheme, handler);
    },
  },
  net: {
    // Like Electron's net.fetch on a file:// URL: the file, or a failed fetch.
    fetch: async (url: string) => {
      calls.push(['net.fetch', url]);
      return new Response(await readFile(fileURLToPath(url)));
    },
  },
  session: { defaultSession },
  ipcMain: {
    handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  },
  ipcRenderer: { invoke: record('ipcRenderer.invoke', Promise.resolve({ ok: true, result: 'from main' })) },
  contextBridge: { exposeInMainWorld: record('contextBridge.exposeInMainWorld') },
};

/** What the code under test did to Electron, and handles to act as Electron. */
export const fake = {
  calls,
  windows: FakeBrowserWindow.all,
  ipcHandlers,
  protocolHandlers,
  sessionHandlers,
  defaultSession,
  paths,
  app,
  safeStorage,
  denySingleInstance(): void {
    singleInstance = false;
  },
  reset(): void {
    calls.length = 0;
    FakeBrowserWindow.all.length = 0;
    ipcHandlers.clear();
    protocolHandlers.clear();
    app.listeners.clear();
    defaultSession.listeners.clear();
    for (const name of Object.keys(paths)) delete paths[name];
    singleInstance = true;
    safeStorage.available = true;
    safeStorage.backend = 'gnome_libsecret';
    delete sessionHandlers.request;
    delete sessionHandlers.check;
  },
};

/** A download as Electron's will-download hands it over; records where it was told to save. */
export function fakeDownload(url: string, filename: string) {
  return {
    savePath: undefined as string | undefined,
    getURL: () => url,
    getFilename: () => filename,
    setSavePath(path: string) {
      this.savePath = path;
    },
  };
}
