import { useJournal } from '../store/journal-store'

/**
 * What the user must know: a journal open read-only (its folder cannot be written), a recovered or migrated journal at
 * start, and the last error from main.
 */
export function Banners() {
  const startup = useJournal((s) => s.info?.startup)
  const error = useJournal((s) => s.error)
  const dismissError = useJournal((s) => s.dismissError)
  return (
    <>
      {startup?.readOnly && (
        <div className="banner banner-warning" role="alert">
          <strong>Read-only.</strong> {startup.readOnly}
        </div>
      )}
      {startup?.message && (
        <div
          className={`banner ${startup.status === 'recovered' ? 'banner-warning' : 'banner-info'}`}
          role="alert"
        >
          <strong>
            {startup.status === 'recovered' ? 'Your journal was restored.' : 'Your journal was updated.'}
          </strong>{' '}
          {startup.message}
          {startup.setAsidePath && (
            <div className="banner-detail">
              The damaged file is kept at <code>{startup.setAsidePath}</code>
            </div>
          )}
        </div>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          {error}{' '}
          <button type="button" className="link" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
    </>
  )
}
