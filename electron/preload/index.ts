/**
 * The preload: exposes `window.api`, one method per IPC channel, built from the contract's channel list. The page
 * never sees ipcRenderer itself. Sandboxed, so this bundle may require nothing but 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createApi } from '../../shared/ipc/create-api'

const api = createApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  }
)

contextBridge.exposeInMainWorld('api', api)
