// A row's time in as few characters as a clerk needs, in UK time: "09:41", "Yesterday", "Mon", "23 Nov", "23 Nov 2025".
import {
  addDays,
  shortMonths,
  shortWeekdays,
  ukCalendarDate,
  ukClock,
  ukTime,
  type Instant,
} from '../../electron/api/uk-time';

export function shortTime(instant: Instant, now: Date): string {
  const clock = ukClock(instant);
  if (!clock) return String(instant);
  const day = ukCalendarDate(instant);
  const today = ukCalendarDate(now);
  if (day === today) return ukTime(instant);
  if (day === addDays(today, -1)) return 'Yesterday';
  if (day > addDays(today, -7) && day < today) return shortWeekdays[clock.weekday] ?? day;
  const dayMonth = `${clock.day} ${shortMonths[clock.month - 1] ?? ''}`;
  return clock.year === ukClock(now)?.year ? dayMonth : `${dayMonth} ${clock.year}`;
}
