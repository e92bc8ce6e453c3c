import type { Api } from '../../shared/ipc/create-api'

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e bridge): the only way the page reaches main. */
    api: Api
  }
}
export {}
