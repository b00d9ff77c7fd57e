// Runs in the sandboxed preload, which can require only `electron` (and a few
// built-ins): everything else here is a type, or a constant that the build
// (scripts/build-electron.mjs) inlines into dist/electron/preload.cjs.
import { contextBridge, ipcRenderer } from 'electron';
import { type CallOutcome, KIOSK_API_CHANNEL, type KioskBridge } from '../../app/contract/bridge';

const bridge: KioskBridge = {
  call: (method, args) => ipcRenderer.invoke(KIOSK_API_CHANNEL, method, args) as Promise<CallOutcome>,
};

// The only thing the page gets from Electron: `window.linliKiosk.call(method, args)`.
contextBridge.exposeInMainWorld('linliKiosk', bridge);
