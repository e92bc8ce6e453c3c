/**
 * Precision: realistic, well-written notes (varied wording, titles, accents, British spelling, signatures with
 * phone numbers and links) must get no finding at all. A checker that nags on good writing gets switched off.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../electron/main/etiquette/speller'
import type { CheckContext, CheckDraft } from './contract'
import { check, type Speller } from './index'
import { input } from '../../test/etiquette/fixtures'

let speller: Speller
beforeAll(async () => {
  speller = await loadSpeller()
})

const GOOD: Array<{ name: string; draft: Partial<CheckDraft>; ctx?: Partial<CheckContext> }> = [
  {
    name: 'a title and an accented name, a signature with phone and links',
    draft: {
      to: 'mgarcia@northwind.example',
      subject: 'Thank you, Platform Engineer interview',
      body:
        'Dear Dr. García,\n\nThank you for meeting with me this afternoon. I especially appreciated your walkthrough of the ' +
        'Kubernetes autoscaling rollout and the lessons your team drew from last winter’s capacity incidents.\n\n' +
        'Our conversation confirmed how much I would enjoy contributing to Northwind’s platform group; I’m eager to bring ' +
        'my experience with capacity planning to that work.\n\nPlease don’t hesitate to reach out if you have any further ' +
        'questions.\n\nKind regards,\nAlex Kim\n+1 (555) 014-2290\nhttps://alexkim.dev | linkedin.com/in/alexkim'
    },
    ctx: {
      company: 'Northwind',
      role: 'Platform Engineer',
      interviewer: { name: 'María García', title: 'Staff Engineer', contacts: ['mgarcia@northwind.example'] },
      notes: ['Kubernetes autoscaling rollout', 'capacity incidents last winter'],
      otherInterviewers: ['Tom Nguyen'],
      otherCompanies: ['Globex', 'Initech']
    }
  },
  {
    name: 'a first name without accents for José, thanks in other words, British spelling',
    draft: {
      to: 'jose.ruiz@acme.example',
      subject: 'Following up on our conversation',
      body:
        'Hi Jose,\n\nI really appreciated the time you spent with me yesterday. Your description of how the organisation ' +
        'centralised its favourite observability dashboards was fascinating, and it made me keen to hear more about the ' +
        'roadmap.\n\nI would be glad to share examples of the dashboards I built at my current company if that would help.' +
        '\n\nWith gratitude,\nAlex'
    },
    ctx: {
      interviewer: { name: 'José Ruiz', contacts: ['jose.ruiz@acme.example'] },
      notes: ['centralised observability dashboards', 'roadmap for the data platform'],
      now: '2026-03-04T12:00:00Z'
    }
  },
  {
    name: 'a follow-up to Ms. Alvarez that names the role and gives availability',
    draft: {
      kind: 'check-in',
      to: 'l.alvarez@acme.example',
      subject: 'Backend Engineer position',
      body:
        'Dear Ms. Alvarez,\n\nThank you again for the conversation last week about the Backend Engineer position. I ' +
        'remain very interested in the role and in the work your group is doing.\n\nAs you asked, I am available ' +
        'Tuesday afternoon or Thursday after 3pm (ET), and I could also do March 17 in the morning.\n\nPlease let me know ' +
        'if I can provide anything else.\n\nBest,\nAlex Kim\n555-014-2290'
    },
    ctx: {
      interviewer: { name: 'Lucía Alvarez', contacts: ['l.alvarez@acme.example'] },
      availabilityRequested: true
    }
  },
  {
    name: 'a LinkedIn note with contractions, possessives and a product name',
    draft: {
      channel: 'linkedin',
      to: 'https://www.linkedin.com/in/priya-sharma/',
      subject: '',
      body:
        'Hi Priya,\n\nThanks so much for today’s chat. I’d never thought about using feature flags to stage a database ' +
        'migration the way you described for PayFlow, and it’s already changed how I think about rollbacks.\n\nI’m ' +
        'looking forward to the next steps and would love to join the team. Feel free to send over any other questions.' +
        '\n\nAll the best,\nAlex'
    },
    ctx: {
      interviewer: { name: 'Priya Sharma', contacts: ['linkedin.com/in/priya-sharma'] },
      notes: ['feature flags for database migrations', 'PayFlow checkout service']
    }
  },
  {
    name: 'a handwritten card thanking a panel member by full name',
    draft: {
      channel: 'handwritten',
      to: '',
      subject: '',
      body:
        'Dear Jane Doe,\n\nThank you for the thoughtful questions during my interview. Our discussion of event sourcing ' +
        'for billing stayed with me on the train home.\n\nI am enthusiastic about joining Acme Payments and happy to share ' +
        'more about my past projects.\n\nSincerely,\nAlex Kim'
    }
  },
  {
    name: 'a follow-up with a nickname and a short note',
    draft: {
      kind: 'check-in',
      to: 'robert.chen@acme.example',
      subject: 'Checking in',
      body:
        'Hi Bob,\n\nI hope your week is going well. Thank you again for walking me through the fraud detection pipeline. ' +
        'I am still very excited about the opportunity and wanted to ask whether there are any updates on the timeline.' +
        '\n\nI would be happy to provide references or anything else you need.\n\nBest regards,\nAlex Kim'
    },
    ctx: {
      interviewer: { name: 'Robert Chen', contacts: ['robert.chen@acme.example'] },
      notes: ['fraud detection pipeline in Flink']
    }
  }
]

describe('good drafts get no finding', () => {
  for (const { name, draft, ctx } of GOOD) {
    it(name, () => {
      expect(check(input(draft, ctx), { speller })).toEqual([])
    })
  }
})
