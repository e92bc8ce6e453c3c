import { describe, expect, it } from 'vitest'
import { DEV_ONLY_INPUTS, runtimeEnv } from './dev-inputs'

const env = {
  ELECTRON_RENDERER_URL: 'https://evil.example/',
  AFTERWORD_CLOCK_OFFSET_MS: '864000000',
  AFTERWORD_DATA_DIR: '/synced/journal',
  HOME: '/home/me'
}

describe('runtimeEnv', () => {
  it('drops every dev-only switch in the shipped app, keeps the rest (the data folder is a user setting)', () => {
    expect(runtimeEnv(env, true)).toEqual({ AFTERWORD_DATA_DIR: '/synced/journal', HOME: '/home/me' })
    expect(env.ELECTRON_RENDERER_URL).toBe('https://evil.example/') // the real environment is not changed
  })

  it('keeps everything in development', () => {
    expect(runtimeEnv(env, false)).toBe(env)
  })

  it('names the renderer URL and the clock offset as dev-only', () => {
    expect([...DEV_ONLY_INPUTS].sort()).toEqual(['AFTERWORD_CLOCK_OFFSET_MS', 'ELECTRON_RENDERER_URL'])
  })
})
