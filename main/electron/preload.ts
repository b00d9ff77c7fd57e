// Runs in the sandboxed preload, which can require only `electron` (and a few
// built-ins): everything else here is a type, or a constant that the build
// (scripts/build-electron.mjs) inlines into dist/electron/preload.cjs.
import { contextBridge, ipcRenderer } from 'electron';
import { type CallOutcome, KIOSK_API_CHANNEL, type KioskBridge, PRINT_CHANNEL } from '../../app/contract/bridge';

const bridge: KioskBridge = {
  call: (method, args, options) =>
    ipcRenderer.invoke(KIOSK_API_CHANNEL, method, args, {
      background: options?.background === true,
    }) as Promise<CallOutcome>,
  print: () => ipcRenderer.invoke(PRINT_CHANNEL) as Promise<boolean>,
};

// The only thing the page gets from Electron: `window.linliKiosk` with `call(method, args)` and `print()`.
contextBridge.exposeInMainWorld('linliKiosk', bridge);
