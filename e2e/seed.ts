/**
 * Test setup shared by the draft, settings and data specs: a small journal written through the app's own
 * `window.api` (the same calls the UI makes), and the clicks that open its interview. Not a spec itself.
 */
import { expect, type Page } from '@playwright/test'

export interface Seeded {
  applicationId: string
  interviewId: string
  janeId: string
  rajId: string
}

/** Acme Payments, a peer interview that ended two hours ago, Jane Doe and Raj Patel with notes for each. */
export async function seedJournal(page: Page): Promise<Seeded> {
  await expect(page.getByRole('heading', { name: 'Afterword' })).toBeVisible()
  return page.evaluate(async () => {
    function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    const hour = 3600 * 1000
    const api = window.api
    const application = must(
      await api.applications.create({
        company: 'Acme Payments',
        role: 'Backend Engineer',
        status: 'interviewing'
      })
    )
    const interview = must(
      await api.interviews.create({
        applicationId: application.id,
        startAt: new Date(Date.now() - 3 * hour).toISOString(),
        endAt: new Date(Date.now() - 2 * hour).toISOString(),
        type: 'peer',
        round: 2
      })
    )
    const jane = must(
      await api.people.add({
        interviewId: interview.id,
        person: {
          name: 'Jane Doe',
          title: 'Senior Engineer',
          contacts: [{ kind: 'email', value: 'jane.doe@acme.example' }]
        }
      })
    )
    const raj = must(
      await api.people.add({
        interviewId: interview.id,
        person: { name: 'Raj Patel', title: 'Staff Engineer', contacts: [] }
      })
    )
    for (const text of ['migrating billing to event sourcing', 'shared on-call rotation across 2 teams']) {
      must(await api.notes.add({ interviewId: interview.id, personId: jane.person.id, text }))
    }
    must(await api.notes.add({ interviewId: interview.id, personId: raj.person.id, text: 'Friday demos' }))
    return {
      applicationId: application.id,
      interviewId: interview.id,
      janeId: jane.person.id,
      rajId: raj.person.id
    }
  })
}

/** Selects the seeded application and its interview in the journal view. */
export async function openInterview(page: Page): Promise<void> {
  // A relaunch reopens the last place; Today lists the applications.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click()
  await page
    .getByRole('navigation', { name: 'Applications' })
    .getByRole('button', { name: /Acme Payments/ })
    .click()
  await page.getByRole('button', { name: /Peer · round 2/ }).click()
  await expect(page.getByRole('article', { name: 'Jane Doe' })).toBeVisible()
}

/** Opens (composing if needed) the thank-you to Jane and returns the editor region. */
export async function openThankYou(
  page: Page,
  button: 'Write thank-you' | 'Edit thank-you' = 'Write thank-you'
) {
  await page.getByRole('article', { name: 'Jane Doe' }).getByRole('button', { name: button }).click()
  const editor = page.getByRole('region', { name: 'Thank-you to Jane Doe' })
  await expect(editor).toBeVisible()
  return editor
}
