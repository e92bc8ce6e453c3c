import { describe, expect, it } from 'vitest'
import { sentence, submitForm } from './submit'

describe('submitForm', () => {
  it('gives the value when main accepts', async () => {
    const answer = await submitForm(async () => ({ ok: true as const, value: 42 }))
    expect(answer).toEqual({ ok: true, value: 42 })
  })

  it('puts field messages by their field and no form message', async () => {
    const answer = await submitForm<number>(async () => ({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Check the form.',
        fields: { endAt: 'An interview cannot end before it starts' }
      }
    }))
    expect(answer).toEqual({
      ok: false,
      problems: { fields: { endAt: 'An interview cannot end before it starts' }, form: null }
    })
  })

  it('keeps a refusal without fields as one form message', async () => {
    const answer = await submitForm<number>(async () => ({
      ok: false,
      error: { code: 'not-found', message: 'That interview no longer exists.' }
    }))
    expect(answer).toEqual({ ok: false, problems: { fields: {}, form: 'That interview no longer exists.' } })
  })

  it('turns a thrown call into a form message', async () => {
    const answer = await submitForm<number>(async () => {
      throw new Error('The app is not responding.')
    })
    expect(answer).toEqual({ ok: false, problems: { fields: {}, form: 'The app is not responding.' } })
  })
})

describe('sentence', () => {
  it('adds a full stop only when missing', () => {
    expect(sentence('An interview cannot end before it starts')).toBe(
      'An interview cannot end before it starts.'
    )
    expect(sentence('Enter a name.')).toBe('Enter a name.')
    expect(sentence(undefined)).toBeUndefined()
  })
})
