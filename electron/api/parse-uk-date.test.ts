import { describe, expect, it } from 'vitest';
import { parseUkDate } from './parse-uk-date';

const today = '2026-11-24';
const dateOf = (text: string) => {
  const parsed = parseUkDate(text, today);
  return parsed.ok ? parsed.date : `error: ${parsed.message}`;
};
const messageOf = (text: string) => {
  const parsed = parseUkDate(text, today);
  return parsed.ok ? `parsed as ${parsed.date}` : parsed.message;
};

describe('parseUkDate', () => {
  it('reads day before month, in figures', () => {
    expect(dateOf('05/12/2026')).toBe('2026-12-05');
    expect(dateOf('5/12/2026')).toBe('2026-12-05');
    expect(dateOf('5/2/26')).toBe('2026-02-05');
    expect(dateOf(' 05.12.2026 ')).toBe('2026-12-05');
    expect(dateOf('05-12-2026')).toBe('2026-12-05');
    expect(dateOf('1/3')).toBe('2026-03-01');
  });

  it('reads dates written in words, this year when none is given', () => {
    expect(dateOf('5 Dec 2026')).toBe('2026-12-05');
    expect(dateOf('5 December')).toBe('2026-12-05');
    expect(dateOf('5th of December 2027')).toBe('2027-12-05');
    expect(dateOf('1 sept 2026')).toBe('2026-09-01');
    expect(dateOf('Sat 5 Dec 2026')).toBe('2026-12-05');
    expect(dateOf('Saturday, 5 December 2026')).toBe('2026-12-05');
    expect(dateOf('December 5, 2026')).toBe('2026-12-05');
    expect(dateOf('23 JUNE 26')).toBe('2026-06-23');
  });

  it('takes the ISO form the app itself writes, and today, yesterday, tomorrow', () => {
    expect(dateOf('2026-12-05')).toBe('2026-12-05');
    expect(dateOf('today')).toBe('2026-11-24');
    expect(dateOf('Yesterday')).toBe('2026-11-23');
    expect(dateOf('tomorrow')).toBe('2026-11-25');
  });

  it('never reads mm/dd: an American date is refused, not swapped', () => {
    expect(messageOf('12/31/2026')).toBe(
      '12/31/2026 is not a date: there is no month 31. Type the day first, then the month: dd/mm/yyyy.',
    );
    expect(messageOf('05/13/2026')).toBe(
      '05/13/2026 is not a date: there is no month 13. Type the day first, then the month: dd/mm/yyyy.',
    );
    expect(dateOf('03/04/2026')).toBe('2026-04-03');
  });

  it('says why an impossible date is not one', () => {
    expect(messageOf('31/02/2026')).toBe('31/02/2026 is not a date: February 2026 has 28 days.');
    expect(messageOf('29/02/2026')).toBe('29/02/2026 is not a date: February 2026 has 28 days.');
    expect(dateOf('29/02/2028')).toBe('2028-02-29');
    expect(messageOf('31 April')).toBe('31 April is not a date: April 2026 has 30 days.');
    expect(messageOf('0/5/2026')).toBe('0/5/2026 is not a date: there is no day 0.');
    expect(messageOf('5/12/202')).toBe('5/12/202 is not a date: type the year in full, for example 05/12/2026.');
    expect(messageOf('5 Decembr 2026')).toBe(
      '5 Decembr 2026 is not a date: "Decembr" is not a month. Type it as dd/mm/yyyy, for example 05/12/2026.',
    );
    expect(messageOf('Fri 5 Dec 2026')).toBe('Fri 5 Dec 2026 is not a date: 5 December 2026 is a Saturday.');
    expect(messageOf('next week')).toBe('"next week" is not a date. Type it as dd/mm/yyyy, for example 05/12/2026.');
  });

  it('tells an empty field apart from a wrong one', () => {
    expect(parseUkDate('   ', today)).toEqual({
      ok: false,
      empty: true,
      message: 'Enter a date. Type it as dd/mm/yyyy, for example 05/12/2026.',
    });
    expect(parseUkDate('32/1/2026', today)).toMatchObject({ ok: false, empty: false });
  });
});
