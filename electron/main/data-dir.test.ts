import { describe, expect, it } from 'vitest'
import { resolveDataDir } from './data-dir'

describe('resolveDataDir', () => {
  it('keeps the journal in the user-data dir by default', () => {
    expect(resolveDataDir('/home/a/.config/Afterword', {})).toBe('/home/a/.config/Afterword/journal')
  })
  it('honours AFTERWORD_DATA_DIR when it is absolute', () => {
    expect(resolveDataDir('/x', { AFTERWORD_DATA_DIR: '/tmp/j' })).toBe('/tmp/j')
  })
  it('refuses a relative AFTERWORD_DATA_DIR', () => {
    expect(() => resolveDataDir('/x', { AFTERWORD_DATA_DIR: 'rel/dir' })).toThrow(/absolute/)
  })
})
