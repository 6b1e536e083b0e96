// Times as a clerk reads them: "5 min ago" in the queue, the exact date and time on hover.
const exact = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export function relativeTime(iso: string, now: Date): string {
  const then = new Date(iso);
  const elapsed = now.getTime() - then.getTime();
  if (elapsed < minute) return 'just now';
  if (elapsed < hour) return `${Math.floor(elapsed / minute)} min ago`;
  if (elapsed < day) return `${Math.floor(elapsed / hour)} h ago`;
  if (elapsed < 7 * day) {
    const days = Math.floor(elapsed / day);
    return days === 1 ? 'yesterday' : `${days} days ago`;
  }
  return dayMonthYear.format(then);
}

export function exactTime(iso: string): string {
  return exact.format(new Date(iso));
}

/** A YYYY-MM-DD date as "1 May 2025". */
export function longDay(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T12:00:00Z`));
}
