import { describe, expect, it } from 'vitest'
import { Draft } from '../../../../shared/model/journal'
import { CheckDraft } from '../../../../shared/etiquette/contract'
import { draftChannelChoices } from './draft-channels'

describe('draftChannelChoices', () => {
  it('never offers phone for a new or written draft', () => {
    expect(draftChannelChoices('email')).toEqual(['email', 'linkedin', 'handwritten', 'other'])
    expect(draftChannelChoices('linkedin')).not.toContain('phone')
  })

  it('still shows phone on an old draft saved with it, which the model still reads', () => {
    expect(draftChannelChoices('phone')).toContain('phone')
    expect(Draft.shape.channel.safeParse('phone').success).toBe(true)
    expect(CheckDraft.safeParse({ kind: 'thank-you', channel: 'phone', body: 'Thank you.' }).success).toBe(
      true
    )
  })
})
