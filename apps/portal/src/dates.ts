/**
 * A calendar date from the API (`format: date`, `YYYY-MM-DD`) in words of the portal's language, e.g.
 * `3 March 2027` / `3 марта 2027 г.`. It is a day, not an instant: formatted in UTC so that no
 * time zone moves it to the day before. Anything else is shown as the server wrote it.
 */
export function formatDay(isoDate: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // `Date.UTC` rolls an impossible day over (2027-02-30 → 2 March): show those as written.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
