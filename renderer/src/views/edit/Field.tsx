import { cloneElement, useId, type ReactElement } from 'react'
import { sentence } from '../../lib/submit'

/**
 * A labelled form field with its problem (if any) right under it, tied to the input by aria-describedby and
 * aria-invalid so a screen reader reads it with the field.
 */
export function Field(props: {
  label: string
  problem?: string | undefined
  children: ReactElement<{ 'aria-invalid'?: boolean; 'aria-describedby'?: string }>
}) {
  const problemId = useId()
  const input = props.problem
    ? cloneElement(props.children, { 'aria-invalid': true, 'aria-describedby': problemId })
    : props.children
  return (
    <label>
      {props.label}
      {input}
      {props.problem && (
        <span className="field-problem" id={problemId}>
          {sentence(props.problem)}
        </span>
      )}
    </label>
  )
}

/**
 * The message that belongs to no one field, and the form's button row: Save, then Cancel (an edit form) or "Saved"
 * after a save (a settings form, which stays open).
 */
export function FormFooter(props: {
  problem: string | null
  saveLabel?: string
  onCancel?: () => void
  saved?: boolean
}) {
  return (
    <>
      {props.problem && (
        <p className="form-problem" role="alert">
          {props.problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit">{props.saveLabel ?? 'Save'}</button>
        {props.onCancel && (
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
        )}
        {props.saved && (
          <span className="muted" role="status">
            Saved
          </span>
        )}
      </div>
    </>
  )
}
