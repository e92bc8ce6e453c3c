import { useState } from 'react'

/** Export interviews and due follow-ups as an .ics file (Data view), or one interview's "Add to calendar" file. */
export function CalendarExportButton(props: { interviewId?: string; label: string; className?: string }) {
  const [result, setResult] = useState<string | null>(null)
  async function exportIcs() {
    const answer = await window.api.calendar.export(
      props.interviewId ? { interviewId: props.interviewId } : {}
    )
    if (!answer.ok) return setResult(`The export failed: ${answer.error.message}`)
    setResult(answer.value.path ? `Saved to ${answer.value.path}` : 'Export cancelled; nothing was written.')
  }
  return (
    <span className="calendar-export">
      <button type="button" className={props.className} onClick={() => void exportIcs()}>
        {props.label}
      </button>
      {result && (
        <span className="muted" role="status" aria-label="Calendar export result">
          {' '}
          {result}
        </span>
      )}
    </span>
  )
}

export function CalendarExportSection() {
  return (
    <section className="card" aria-labelledby="data-calendar">
      <h3 id="data-calendar">Calendar</h3>
      <p className="muted">
        Your interviews, thank-you deadlines and check-in dates as a calendar file (.ics). Import it into your
        calendar; exporting again later updates those events instead of adding copies.
      </p>
      <CalendarExportButton label="Export to calendar (.ics)" />
    </section>
  )
}
