/**
 * The ways a draft can be sent. A phone number is a contact and a call can be logged, but a written draft is never
 * sent "by phone", so the editor does not offer it. Drafts saved with 'phone' before stay valid (the model keeps
 * the value): such a draft still shows it, so opening one never changes it behind the user's back.
 */
import { CHANNELS } from '../../../../shared/model/constants'
import type { Draft } from '../../../../shared/model/journal'

type DraftChannel = Draft['channel']

export const DRAFT_CHANNEL_LABELS: Record<DraftChannel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn message',
  handwritten: 'Handwritten card',
  phone: 'Phone (not a way to send a draft)',
  other: 'Other'
}

/** The channel choices for a draft whose channel is `current`. */
export function draftChannelChoices(current: DraftChannel): DraftChannel[] {
  return CHANNELS.filter((c) => c !== 'phone' || current === 'phone')
}
