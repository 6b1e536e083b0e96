// A row's time in as few characters as a clerk needs, in UK time: "09:41", "Yesterday", "Mon", "23 Nov", "23 Nov 2025".
const zone = 'Europe/London';
const dayParts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' });
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' });

/** The UK calendar day of a moment, as a count of days (so that two can be subtracted). */
function ukDay(moment: Date): { day: number; year: number } {
  const parts = Object.fromEntries(dayParts.formatToParts(moment).map((part) => [part.type, Number(part.value)]));
  const year = parts.year ?? 0;
  return { day: Date.UTC(year, (parts.month ?? 1) - 1, parts.day ?? 1) / 86_400_000, year };
}

export function shortTime(iso: string, now: Date): string {
  const then = new Date(iso);
  const [a, b] = [ukDay(then), ukDay(now)];
  const daysAgo = b.day - a.day;
  if (daysAgo === 0) return clock.format(then);
  if (daysAgo === 1) return 'Yesterday';
  if (daysAgo > 1 && daysAgo < 7) return weekday.format(then);
  return a.year === b.year ? dayMonth.format(then) : dayMonthYear.format(then);
}
