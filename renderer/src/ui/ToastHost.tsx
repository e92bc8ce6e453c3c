/**
 * Where toasts appear: a strip at the window's foot, below the scrolling page (theme.css says why), announced by screen readers (the host is a
 * role="status" live region; an error toast is its own role="alert"). Each toast is a small group with its action (Undo) and a Close button, both real buttons in the tab
 * order; F6-style landmark navigation reaches the region by its label. Mounted once, in App.
 */
import { useToasts, type Toast } from './toast-store'

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToasts((s) => s.dismiss)
  const hold = useToasts((s) => s.hold)
  const release = useToasts((s) => s.release)
  const act = async () => {
    dismiss(toast.id)
    await toast.action?.run()
  }
  return (
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : undefined}
      onMouseEnter={() => hold(toast.id)}
      onMouseLeave={() => release(toast.id)}
      onFocus={() => hold(toast.id)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) release(toast.id)
      }}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button type="button" className="toast-action" onClick={() => void act()}>
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label={`Close: ${toast.message}`}
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  )
}

export function ToastHost() {
  const toasts = useToasts((s) => s.toasts)
  return (
    // The live region exists from the start (a region inserted with its text is often not announced).
    <section className="toast-host" role="status" aria-label="Notifications">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </section>
  )
}
