/**
 * Runs the app's real, built preload (out/preload/index.js) inside a Chromium page. The preload is a CommonJS file
 * that requires only 'electron'; this shim hands it a stand-in whose contextBridge sets `window[key]` and whose
 * ipcRenderer forwards to a Playwright binding (invoke) and receives events from the test process (emit). So only
 * Electron's transport is swapped: the preload, the router, the handlers and the store are the app's own.
 */
export const INVOKE_BINDING = '__afterwordInvoke'
export const EMIT_FUNCTION = '__afterwordEmit'

export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  Object.defineProperty(window, ${JSON.stringify(EMIT_FUNCTION)}, {
    value: (event, payload) => { for (const fn of listeners.get(event) ?? []) fn({ sender: null }, payload); }
  });
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, value) { Object.defineProperty(window, key, { value, enumerable: true }); }
    },
    ipcRenderer: {
      invoke: (channel, payload) => window[${JSON.stringify(INVOKE_BINDING)}](channel, payload),
      on(event, fn) { if (!listeners.has(event)) listeners.set(event, new Set()); listeners.get(event).add(fn); },
      removeListener(event, fn) { listeners.get(event)?.delete(fn); }
    }
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`
}
