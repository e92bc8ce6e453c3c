import { useId, type RefObject } from 'react'
import type { Finding } from '../../../../shared/etiquette/contract'
import type { Draft } from '../../../../shared/model/journal'
import type { DraftText } from './draft-text'
import { HighlightedTextarea } from './HighlightedTextarea'
import { DRAFT_CHANNEL_LABELS, draftChannelChoices } from './draft-channels'

/** The draft's own fields: To, channel, subject and the body with the check's marks. */
export function DraftFields({
  text,
  toRef,
  subjectRef,
  bodyRef,
  readOnly,
  bodyMarks,
  onEdit
}: {
  text: DraftText
  toRef: RefObject<HTMLInputElement | null>
  subjectRef: RefObject<HTMLInputElement | null>
  bodyRef: RefObject<HTMLTextAreaElement | null>
  readOnly: boolean
  bodyMarks: Finding[]
  onEdit(patch: Partial<DraftText>): void
}) {
  const ids = useId()
  return (
    <>
      <div className="field-row">
        <label className="grow">
          To
          <input
            ref={toRef}
            value={text.to}
            readOnly={readOnly}
            maxLength={320}
            onChange={(e) => onEdit({ to: e.target.value })}
          />
        </label>
        <label>
          Channel
          <select
            value={text.channel}
            disabled={readOnly}
            onChange={(e) => onEdit({ channel: e.target.value as Draft['channel'] })}
          >
            {draftChannelChoices(text.channel).map((c) => (
              <option key={c} value={c}>
                {DRAFT_CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Subject
        <input
          ref={subjectRef}
          value={text.subject}
          readOnly={readOnly}
          maxLength={300}
          onChange={(e) => onEdit({ subject: e.target.value })}
        />
      </label>
      <label htmlFor={`${ids}-body`}>Body</label>
      <HighlightedTextarea
        id={`${ids}-body`}
        ref={bodyRef}
        value={text.body}
        marks={bodyMarks}
        readOnly={readOnly}
        onChange={(body) => onEdit({ body })}
      />
    </>
  )
}
