import { describe, expect, it } from 'vitest'
import { CLEAN_THANK_YOU, input } from '../../test/etiquette/fixtures'
import { check } from './index'
import { otherCompanyStats } from './other-companies'

/** The company.mismatch findings of a body under a context with these other companies, as [text, fix]. */
function mismatches(body: string, otherCompanies: string[], company = 'Acme Payments'): string[][] {
  const value = input({ body }, { otherCompanies, company })
  return check(value)
    .filter((f) => f.rule === 'company.mismatch' && f.field === 'body')
    .map((f) => [body.slice(f.start, f.end), f.fix?.replacement ?? ''])
}

/** A journal's worth of companies no other test uses, so the counters move only for this test. */
function journalCompanies(tag: string, count = 300): string[] {
  return Array.from({ length: count }, (_, i) => `${tag} Works ${i}`)
}

const naming = (company: string): string =>
  CLEAN_THANK_YOU.replace('two teams.', `two teams, as at ${company}.`)

describe('other companies are prepared once per distinct list', () => {
  it('reuses the prepared list for a new context with an equal but not identical array', () => {
    const names = journalCompanies('Quillon')
    const body = naming('Quillon Works 7')
    const before = { ...otherCompanyStats }
    const first = mismatches(body, [...names])
    const second = mismatches(body, [...names])
    expect(first).toEqual([['Quillon Works 7', 'Acme Payments']])
    expect(second).toEqual(first)
    expect(otherCompanyStats.listsPrepared - before.listsPrepared).toBe(1)
    // Only the company the draft names is compiled into a regex, and only once.
    expect(otherCompanyStats.patternsCompiled - before.patternsCompiled).toBe(1)
  })

  it('does not serve a stale list when a company is added or removed', () => {
    const names = journalCompanies('Brivant')
    const body = naming('Zelkor Labs')
    expect(mismatches(body, [...names])).toEqual([])
    const before = otherCompanyStats.listsPrepared
    expect(mismatches(body, [...names, 'Zelkor Labs'])).toEqual([['Zelkor Labs', 'Acme Payments']])
    expect(mismatches(body, [...names])).toEqual([])
    // The grown list is new; the original one is still remembered.
    expect(otherCompanyStats.listsPrepared - before).toBe(1)
  })

  it('does not serve a list prepared for another application', () => {
    const names = ['Acme Payments', 'Orvane Health']
    const body = naming('Orvane Health')
    expect(mismatches(body, names)).toEqual([['Orvane Health', 'Acme Payments']])
    // The same array, seen from Orvane Health's own draft: Orvane is its own company, Acme Payments the other.
    expect(mismatches(body, names, 'Orvane Health')).toEqual([['Acme Payments', 'Orvane Health']])
  })

  it('compiles a company pattern once for every list that names it', () => {
    const body = naming('Pellucid Systems')
    const before = otherCompanyStats.patternsCompiled
    expect(mismatches(body, ['Pellucid Systems', 'Tarrow'])).toHaveLength(1)
    expect(mismatches(body, ['Pellucid Systems', 'Veskel'])).toHaveLength(1)
    expect(otherCompanyStats.patternsCompiled - before).toBe(1)
  })

  it('still finds a name split over several spaces or a line break', () => {
    const body = naming('Harrow\n  Mills')
    expect(mismatches(body, ['Harrow Mills'])).toEqual([['Harrow\n  Mills', 'Acme Payments']])
  })
})
