// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Banners } from './Banners'
import { useJournal } from '../store/journal-store'
import type { AppInfo } from '../store/journal-store'

const initial = useJournal.getState()
afterEach(() => {
  cleanup()
  useJournal.setState(initial, true)
})

function showStartup(startup: AppInfo['startup']) {
  useJournal.setState({ info: { ...({} as AppInfo), startup } })
}

describe('Banners', () => {
  it('says a read-only journal is read-only, in main’s words, beside a restore message', () => {
    showStartup({
      status: 'recovered',
      message: 'The journal file was damaged; it was restored from the backup of 1 Dec.',
      readOnly: 'Afterword cannot write to the journal folder because the disk is read-only.'
    })
    render(<Banners />)
    const alerts = screen.getAllByRole('alert')
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Read-only. Afterword cannot write to the journal folder because the disk is read-only.',
      'Your journal was restored. The journal file was damaged; it was restored from the backup of 1 Dec.'
    ])
  })

  it('shows nothing for a journal that opened normally', () => {
    showStartup({ status: 'loaded' })
    render(<Banners />)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
