import { describe, expect, it } from 'vitest'
import {
  chiSquareGoodnessOfFit,
  compareWithBaseline,
  differenceOfProportions,
  exactMultinomialTest,
  invitationsFromLetterCounts,
  type NoShowMonth,
  noShowMonthProblem,
  representativeness,
  showCount,
  wilsonInterval,
} from '../../src/followup'

const close = (actual: number, expected: number, digits = 4) =>
  expect(actual).toBeCloseTo(expected, digits)

describe('Wilson score interval', () => {
  // Newcombe RG (1998). Two-sided confidence intervals for the single proportion: comparison of
  // seven methods. Statistics in Medicine 17:857-872, Table II, method 3 (score, no continuity
  // correction), printed to 4 decimals.
  const table: Array<[number, number, number, number]> = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ]
  for (const [x, n, lower, upper] of table) {
    it(`${x}/${n}: ${lower} to ${upper} (Newcombe 1998, Table II)`, () => {
      const ci = wilsonInterval(x, n)
      close(ci.lower, lower)
      close(ci.upper, upper)
    })
  }
  it('refuses negatives, fractions and x > n', () => {
    expect(() => wilsonInterval(-1, 10)).toThrow(/x must be/)
    expect(() => wilsonInterval(1.5, 10)).toThrow(/x must be/)
    expect(() => wilsonInterval(11, 10)).toThrow(/exceeds/)
  })
})

describe('difference of two proportions (Newcombe hybrid score)', () => {
  // Newcombe RG (1998). Interval estimation for the difference between independent proportions:
  // comparison of eleven methods. Statistics in Medicine 17:873-890, Table II, method 10.
  const table: Array<[number, number, number, number, number, number]> = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ]
  for (const [x1, n1, x2, n2, lower, upper] of table) {
    it(`${x1}/${n1} - ${x2}/${n2}: ${lower} to ${upper} (Newcombe 1998, Table II)`, () => {
      const ci = differenceOfProportions(x1, n1, x2, n2)
      close(ci.estimate, x1 / n1 - x2 / n2, 10)
      close(ci.lower, lower)
      close(ci.upper, upper)
    })
  }
})

describe('chi-square goodness of fit', () => {
  // Mendel's dihybrid pea counts (round yellow, wrinkled yellow, round green, wrinkled green)
  // against 9:3:3:1: X² = 0.470 on 3 df, P = 0.925. Worked in Sokal & Rohlf, Biometry (3rd ed.),
  // and in most introductory texts; p-value checked against scipy.stats.chisquare.
  it('Mendel 315/108/101/32 against 9:3:3:1 gives X² 0.470, P 0.925', () => {
    const r = chiSquareGoodnessOfFit([315, 108, 101, 32], [9, 3, 3, 1])
    expect(r).not.toBeNull()
    close(r!.statistic, 0.47, 3)
    expect(r!.df).toBe(3)
    close(r!.pValue, 0.9254, 3)
  })
  it('is not used when an expected count is below 5 (Cochran)', () => {
    expect(chiSquareGoodnessOfFit([10, 2], [0.7, 0.3])).toBeNull() // expected 8.4 and 3.6
    expect(chiSquareGoodnessOfFit([10, 7], [0.7, 0.3])).not.toBeNull() // expected 11.9 and 5.1
  })
})

describe('exact multinomial test', () => {
  // Two groups reduce to the exact two-sided binomial test: 2 of 10 at p = 0.5 gives
  // 2 × (1 + 10 + 45) / 1024 = 0.109375 (Conover, Practical Nonparametric Statistics, §3.1;
  // also R's binom.test(2, 10)).
  it('two groups equal the exact binomial test: 2 of 10 at 1/2 gives 0.109375', () => {
    close(exactMultinomialTest([2, 8], [1, 1])!, 0.109375, 10)
  })
  // By hand: 2 attendees over 3 equally likely groups. Outcomes (2,0,0)×3 have probability 1/9
  // each, (1,1,0)×3 have 2/9 each; outcomes at most as likely as (2,0,0): 3 × 1/9 = 1/3.
  it('2 attendees in one of three equal groups: p = 1/3 (by enumeration)', () => {
    close(exactMultinomialTest([2, 0, 0], [1, 1, 1])!, 1 / 3, 10)
  })
  // (5,2,1) against (1/4, 1/2, 1/4): 0.0766602, checked by enumerating scipy.stats.multinomial.pmf.
  it('(5,2,1) against 1:2:1 gives 0.07666', () => {
    close(exactMultinomialTest([5, 2, 1], [1, 2, 1])!, 0.0766602, 6)
  })
  it('declines when there are too many outcomes to enumerate', () => {
    expect(exactMultinomialTest([5000, 5000, 5000, 5000], [1, 1, 1, 1])).toBeNull()
  })
})

describe('representativeness', () => {
  const population = { danish: 7000, immigrants: 2000, descendants: 1000 }
  it('flags a group only when its whole interval is below its population share', () => {
    // 40 attendees, 39 Danish origin: immigrants' share 1/40, Wilson upper 0.129 < 0.20 → under.
    const r = representativeness({ danish: 39, immigrants: 1, descendants: 0 }, population)
    const immigrants = r.groups.find((g) => g.group === 'immigrants')!
    expect(immigrants.flag).toBe('under')
    close(immigrants.ratio.estimate, 0.025 / 0.2, 10)
    // expected counts 28, 8 and 4: descendants' 4 is below 5, so the exact test, not chi-square
    expect(r.test.method).toBe('exact-multinomial')
  })
  it('uses the exact test for a small meeting and no flag when the interval covers the share', () => {
    const r = representativeness({ danish: 3, immigrants: 1, descendants: 1 }, population)
    expect(r.test.method).toBe('exact-multinomial')
    expect(r.groups.every((g) => g.flag === null)).toBe(true)
  })
  it('uses chi-square when every expected count is at least 5', () => {
    const r = representativeness({ danish: 35, immigrants: 10, descendants: 5 }, population)
    expect(r.test.method).toBe('chi-square')
  })
})

describe('no-shows against a baseline', () => {
  const rows: NoShowMonth[] = [
    {
      unitCode: 'JC-N',
      month: '2024-01',
      withTranslation: { invitations: 100, noShows: 20 },
      withoutTranslation: { invitations: 100, noShows: 30 },
    },
    {
      unitCode: 'JC-N',
      month: '2025-01',
      withTranslation: { invitations: 100, noShows: 10 },
      withoutTranslation: { invitations: 100, noShows: 30 },
    },
  ]
  it('reports the change with a Newcombe interval and calls it only when it excludes 0', () => {
    const all = compareWithBaseline(
      rows,
      'JC-N',
      { from: '2024-01', to: '2024-12' },
      { from: '2025-01', to: '2025-12' },
    )
    close(all.change.estimate, 40 / 200 - 50 / 200, 10)
    expect(all.verdict).toBe('no clear change')
    const translated = compareWithBaseline(
      rows,
      'JC-N',
      { from: '2024-01', to: '2024-12' },
      { from: '2025-01', to: '2025-12' },
      'with-translation',
    )
    close(translated.change.estimate, -0.1, 10)
    // 10/100 against 20/100: Newcombe's interval is -0.1995 to -0.0001 (computed from the
    // Wilson limits 0.0552-0.1744 and 0.1334-0.2888): just below 0, so "fewer".
    close(translated.change.lower, -0.1995)
    close(translated.change.upper, -0.0001)
    expect(translated.verdict).toBe('fewer')
  })
  it('says "no data" rather than a number when a period has no invitations', () => {
    expect(
      compareWithBaseline(
        rows,
        'JC-S',
        { from: '2024-01', to: '2024-12' },
        { from: '2025-01', to: '2025-12' },
      ).verdict,
    ).toBe('no data')
  })
  it('letter counts become invitations per unit and month, split by translation', () => {
    const m = invitationsFromLetterCounts([
      { unitCode: 'JC-N', day: '2025-03-02', withTranslation: true, count: 4 },
      { unitCode: 'JC-N', day: '2025-03-20', withTranslation: true, count: 3 },
      { unitCode: 'JC-N', day: '2025-03-20', withTranslation: false, count: 9 },
    ])
    expect([...m.values()]).toEqual([
      { unitCode: 'JC-N', month: '2025-03', withTranslation: 7, withoutTranslation: 9 },
    ])
    expect(() =>
      invitationsFromLetterCounts([
        { unitCode: 'X', day: '2025-01-01', withTranslation: true, count: -1 },
      ]),
    ).toThrow(/>= 0/)
  })
  it('refuses impossible rows naming the field', () => {
    expect(
      noShowMonthProblem({ ...rows[0], withTranslation: { invitations: 5, noShows: 6 } })?.field,
    ).toBe('withTranslation.noShows')
    expect(
      noShowMonthProblem({ ...rows[0], withoutTranslation: { invitations: -1, noShows: 0 } })
        ?.field,
    ).toBe('withoutTranslation.invitations')
    expect(noShowMonthProblem({ ...rows[0], month: '2025-13' })?.field).toBe('month')
  })
})

describe('suppression', () => {
  it('counts under 5 are shown as <5', () => {
    expect([0, 4, 5, 1234].map(showCount)).toEqual(['<5', '<5', '5', '1,234'])
  })
})
