// Whether a moment falls outside the council's office hours, read on the clock in the UK (GMT or BST).
import type { OfficeHours } from '../api/rules';
import { ukClock } from '../api/uk-time';

const pad = (value: number) => String(value).padStart(2, '0');

export function outsideOfficeHours(at: string | Date, hours: OfficeHours): boolean {
  const clock = ukClock(at);
  if (!clock) return false;
  if (!hours.days.includes(clock.weekday)) return true;
  const time = `${pad(clock.hour)}:${pad(clock.minute)}`;
  return time < hours.opens || time >= hours.closes;
}
