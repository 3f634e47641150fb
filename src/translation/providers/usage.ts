/** From this share of the character limit on, the dashboard warns (issue 12 item 9). */
export const USAGE_WARNING_PERCENT = 80

export interface UsageSummary {
  used: number
  limit: number
  /** Whole percent used, rounded down so "80 %" only shows once 80 % is really reached. */
  percent: number
  warning: boolean
  text: string
}

const number = (n: number) => n.toLocaleString('en-GB')

/** "characters used of limit" for the billing period, with the warning from 80 %. */
export function usageSummary(used: number, limit: number): UsageSummary {
  const percent = limit > 0 ? Math.floor((used / limit) * 100) : 100
  const warning = percent >= USAGE_WARNING_PERCENT
  const text =
    `DeepL: ${number(used)} of ${number(limit)} characters used this billing period (${percent} %)` +
    (warning
      ? percent >= 100
        ? '. The limit is reached: machine translation stops until the period renews.'
        : '. Close to the limit: machine translation stops when it is reached.'
      : '')
  return { used, limit, percent, warning, text }
}
