// What a clerk types into a date field, read the UK way: day before month, never mm/dd.
import { addDays, daysInMonth, longMonths, longWeekdays, type IsoDate } from './uk-time';

export type ParsedDate = { ok: true; date: IsoDate } | { ok: false; empty: boolean; message: string };

const monthNumbers: Readonly<Record<string, number>> = Object.fromEntries(
  longMonths.flatMap((name, index) => [
    [name.toLowerCase(), index + 1],
    [name.slice(0, 3).toLowerCase(), index + 1],
  ]),
);
const monthNumber = (word: string): number | undefined =>
  monthNumbers[word.toLowerCase().replace(/\.$/, '')] ?? (/^sept\.?$/i.test(word) ? 9 : undefined);
const weekdayNumber = (word: string): number =>
  longWeekdays.findIndex((name) => name.toLowerCase().startsWith(word.toLowerCase().replace(/\.$/, '').slice(0, 3)));

const pad = (value: number): string => String(value).padStart(2, '0');
const example = 'Type it as dd/mm/yyyy, for example 05/12/2026.';

const weekday = String.raw`(?:(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const ordinal = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const year = String.raw`(?:,?\s+(\d{4}|\d{2}))?`;
const dayFirst = new RegExp(String.raw`^${weekday}${ordinal}\s+(?:of\s+)?([a-z]+\.?)${year}$`, 'i');
const monthFirst = new RegExp(String.raw`^${weekday}([a-z]+\.?)\s+${ordinal}${year}$`, 'i');
const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d+))?$/;
const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * `today` (a London calendar date) supplies the year when none is typed, and the words today/yesterday/tomorrow.
 * Two-digit years are this century's: 05/12/26 is 5 December 2026.
 */
export function parseUkDate(input: string, today: IsoDate): ParsedDate {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, empty: true, message: `Enter a date. ${example}` };
  const relative = { today: 0, yesterday: -1, tomorrow: 1 }[text.toLowerCase()];
  if (relative !== undefined) return { ok: true, date: addDays(today, relative) };
  const thisYear = Number(today.slice(0, 4));

  const isoMatch = iso.exec(text);
  if (isoMatch) return checked(text, Number(isoMatch[3]), Number(isoMatch[2]), Number(isoMatch[1]));

  const numericMatch = numeric.exec(text);
  if (numericMatch) {
    const [, dayText = '', monthText = '', yearText] = numericMatch;
    if (yearText !== undefined && yearText.length !== 2 && yearText.length !== 4) {
      return {
        ok: false,
        empty: false,
        message: `${text} is not a date: type the year in full, for example 05/12/2026.`,
      };
    }
    return checked(text, Number(dayText), Number(monthText), fullYear(yearText, thisYear));
  }

  const byDay = dayFirst.exec(text);
  const named = byDay ?? monthFirst.exec(text);
  if (named) {
    const dayIsFirst = byDay !== null;
    const [, weekdayText, first = '', second = '', yearText] = named;
    const [dayText, monthWord] = dayIsFirst ? [first, second] : [second, first];
    const month = monthNumber(monthWord);
    if (month === undefined)
      return { ok: false, empty: false, message: `${text} is not a date: "${monthWord}" is not a month. ${example}` };
    const result = checked(text, Number(dayText), month, fullYear(yearText, thisYear));
    if (result.ok && weekdayText) {
      const actual = new Date(`${result.date}T12:00:00Z`).getUTCDay();
      if (weekdayNumber(weekdayText) !== actual) {
        return {
          ok: false,
          empty: false,
          message: `${text} is not a date: ${Number(dayText)} ${longMonths[month - 1]} ${result.date.slice(0, 4)} is a ${longWeekdays[actual]}.`,
        };
      }
    }
    return result;
  }
  return { ok: false, empty: false, message: `"${text}" is not a date. ${example}` };
}

const fullYear = (yearText: string | undefined, thisYear: number): number =>
  yearText === undefined ? thisYear : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);

function checked(text: string, day: number, month: number, year: number): ParsedDate {
  if (month < 1 || month > 12) {
    const hint = day >= 1 && day <= 12 ? ' Type the day first, then the month: dd/mm/yyyy.' : '';
    return { ok: false, empty: false, message: `${text} is not a date: there is no month ${month}.${hint}` };
  }
  if (year < 1900 || year > 2199)
    return { ok: false, empty: false, message: `${text} is not a date: check the year (${year}).` };
  if (day < 1) return { ok: false, empty: false, message: `${text} is not a date: there is no day ${day}.` };
  const last = daysInMonth(year, month);
  if (day > last) {
    return {
      ok: false,
      empty: false,
      message: `${text} is not a date: ${longMonths[month - 1]} ${year} has ${last} days.`,
    };
  }
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` };
}
