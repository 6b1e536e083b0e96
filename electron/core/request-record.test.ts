import { describe, expect, it } from 'vitest';
import { requestCalendars } from './request-clock';
import {
  closedOnTime,
  dueDate,
  readRequestClock,
  replayRequest,
  type RequestEvent,
  type RequestState,
} from './request-record';

const calendars = requestCalendars();
const clerk = 'Clerk';

function replayed(events: RequestEvent[]): RequestState {
  const result = replayRequest(events, calendars);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const due = (events: RequestEvent[]) => dueDate(replayed(events), calendars);
const failure = (events: RequestEvent[]) => {
  const result = replayRequest(events, calendars);
  return result.ok ? null : result.error.message;
};

const foiLogged: RequestEvent = {
  kind: 'logged',
  type: 'foi',
  receivedOn: '2026-06-01',
  on: '2026-06-01',
  operator: clerk,
};
const sarLogged: RequestEvent = {
  kind: 'logged',
  type: 'sar',
  receivedOn: '2026-11-14',
  on: '2026-11-16',
  operator: clerk,
};

describe('an FOI request on the record', () => {
  it('is open and due on the 20th working day', () => {
    const state = replayed([foiLogged]);
    expect(state.status).toBe('open');
    expect(state.assignedTo).toBe(clerk);
    expect(dueDate(state, calendars)).toBe('2026-06-29');
  });

  it('has no due date while a clarification is awaited, and 20 fresh working days from the day after it arrives', () => {
    const asked: RequestEvent = { kind: 'clock-stopped', reason: 'clarification', on: '2026-06-03', operator: clerk };
    const stopped = replayed([foiLogged, asked]);
    expect(stopped.status).toBe('clarification-asked');
    expect(dueDate(stopped, calendars)).toBeNull();
    // Answered Tue 16 June: 17–19 June (3) … 6–10 July (18), Mon 13 July is a Northern Irish bank holiday, 14–15 (20).
    expect(due([foiLogged, asked, { kind: 'clock-restarted', on: '2026-06-16', operator: clerk }])).toBe('2026-07-15');
  });

  it('starts the clock only when the missing name and address arrive', () => {
    const events: RequestEvent[] = [
      foiLogged,
      { kind: 'clock-stopped', reason: 'name-and-address', on: '2026-06-01', operator: clerk },
      { kind: 'clock-restarted', on: '2026-06-05', operator: clerk },
    ];
    expect(replayed(events).clock.startedOn).toBe('2026-06-05');
    expect(due(events)).toBe('2026-07-03'); // Fri 5 June + 20 working days
  });

  it('is extended for the public interest test by up to 20 working days, with a reason, before it is due', () => {
    const extended = replayed([
      foiLogged,
      {
        kind: 'extended',
        reason: 'Weighing the public interest (s.43)',
        workingDays: 20,
        on: '2026-06-20',
        operator: clerk,
      },
    ]);
    expect(extended.status).toBe('extended');
    expect(extended.extensionReasons).toEqual(['Weighing the public interest (s.43)']);
    expect(dueDate(extended, calendars)).toBe('2026-07-28');
    expect(
      failure([
        foiLogged,
        { kind: 'extended', reason: 'More time', workingDays: 21, on: '2026-06-20', operator: clerk },
      ]),
    ).toMatch(/no more than 20/);
    expect(
      failure([foiLogged, { kind: 'extended', reason: '  ', workingDays: 5, on: '2026-06-20', operator: clerk }]),
    ).toMatch(/Say why/);
    expect(
      failure([foiLogged, { kind: 'extended', reason: 'Late', workingDays: 5, on: '2026-06-30', operator: clerk }]),
    ).toMatch(/original due date \(Mon 29 Jun 2026\)/);
  });

  it('is refused under named sections of the Act, and closed', () => {
    const refused = replayed([
      foiLogged,
      { kind: 'refused', grounds: ['s43', 's40'], on: '2026-06-10', operator: clerk },
    ]);
    expect(refused).toMatchObject({ status: 'refused', closedOn: '2026-06-10', refusalGrounds: ['s43', 's40'] });
    expect(closedOnTime(refused, calendars)).toBe(true);
    expect(failure([foiLogged, { kind: 'refused', grounds: [], on: '2026-06-10', operator: clerk }])).toMatch(
      /Name the section/,
    );
    expect(
      failure([foiLogged, { kind: 'refused', grounds: ['manifestly-excessive'], on: '2026-06-10', operator: clerk }]),
    ).toMatch(/not a ground for refusing a FOI request/);
  });

  it('reads as the badge shows it: due, stopped or closed', () => {
    expect(readRequestClock(replayed([foiLogged]), calendars, '2026-06-24')).toEqual({
      state: 'due',
      workingDays: 3,
      officeDays: 3,
    });
    expect(readRequestClock(replayed([foiLogged]), calendars, '2026-07-01')).toEqual({
      state: 'overdue',
      workingDays: 2,
    });
    expect(
      readRequestClock(
        replayed([foiLogged, { kind: 'clock-stopped', reason: 'clarification', on: '2026-06-03', operator: clerk }]),
        calendars,
        '2026-07-01',
      ),
    ).toEqual({ state: 'stopped' });
    expect(
      readRequestClock(
        replayed([foiLogged, { kind: 'answered', on: '2026-06-20', operator: clerk }]),
        calendars,
        '2026-07-01',
      ),
    ).toEqual({ state: 'closed' });
  });

  it('answered after its due date was not on time', () => {
    expect(
      closedOnTime(replayed([foiLogged, { kind: 'answered', on: '2026-06-30', operator: clerk }]), calendars),
    ).toBe(false);
    expect(
      closedOnTime(replayed([foiLogged, { kind: 'answered', on: '2026-06-29', operator: clerk }]), calendars),
    ).toBe(true);
    expect(closedOnTime(replayed([foiLogged]), calendars)).toBeNull();
  });

  it('takes no further steps once closed, except passing it to someone', () => {
    const answered: RequestEvent = { kind: 'answered', on: '2026-06-20', operator: clerk };
    expect(failure([foiLogged, answered, { kind: 'withdrawn', on: '2026-06-21', operator: clerk }])).toMatch(
      /Step 3 \(withdrawn\): This request is already answered/,
    );
    expect(
      replayed([foiLogged, answered, { kind: 'assigned', to: 'Deputy Clerk', on: '2026-06-21', operator: clerk }])
        .assignedTo,
    ).toBe('Deputy Clerk');
  });

  it('refuses steps that do not fit', () => {
    expect(failure([{ kind: 'answered', on: '2026-06-01', operator: clerk }])).toMatch(/Log the request/);
    expect(failure([foiLogged, foiLogged])).toMatch(/already logged/);
    expect(failure([foiLogged, { kind: 'clock-restarted', on: '2026-06-02', operator: clerk }])).toMatch(/not stopped/);
    expect(
      failure([foiLogged, { kind: 'clock-stopped', reason: 'identity', on: '2026-06-02', operator: clerk }]),
    ).toMatch(/subject access requests only/);
    expect(failure([foiLogged, { kind: 'answered', on: '2026-05-31', operator: clerk }])).toMatch(
      /before the request was received/,
    );
    expect(failure([])).toMatch(/never logged/);
    const stop: RequestEvent = { kind: 'clock-stopped', reason: 'clarification', on: '2026-06-10', operator: clerk };
    expect(failure([foiLogged, stop, { kind: 'clock-restarted', on: '2026-06-09', operator: clerk }])).toMatch(
      /cannot arrive/,
    );
    expect(failure([foiLogged, stop, stop])).toMatch(/already stopped/);
  });
});

describe('a subject access request on the record', () => {
  it('is due a calendar month from the day it was received, whenever it was logged', () => {
    expect(due([sarLogged])).toBe('2026-12-14');
  });

  it('does not count the days from asking for a clarification to receiving it', () => {
    // Asked Mon 16 Nov, answered Wed 16 Dec: 31 days (both ends included) do not count. 14 Dec + 31 = Thu 14 Jan.
    const events: RequestEvent[] = [
      sarLogged,
      { kind: 'clock-stopped', reason: 'clarification', on: '2026-11-16', operator: clerk },
      { kind: 'clock-restarted', on: '2026-12-16', operator: clerk },
    ];
    expect(replayed(events).clock.pausedDays).toBe(31);
    expect(due(events)).toBe('2027-01-14');
  });

  it('runs from the day proof of identity arrives', () => {
    const events: RequestEvent[] = [
      { kind: 'logged', type: 'sar', receivedOn: '2026-06-01', on: '2026-06-01', operator: clerk },
      { kind: 'clock-stopped', reason: 'identity', on: '2026-06-02', operator: clerk },
      { kind: 'clock-restarted', on: '2026-06-10', operator: clerk },
    ];
    expect(due(events)).toBe('2026-07-10');
  });

  it('is extended by up to two further months for a complex request', () => {
    const extend = (months: number, on = '2026-12-01'): RequestEvent => ({
      kind: 'extended',
      reason: 'Complex: ten years of correspondence',
      months,
      on,
      operator: clerk,
    });
    expect(due([sarLogged, extend(2)])).toBe('2027-02-15'); // 14 Feb 2027 is a Sunday
    expect(due([sarLogged, extend(1), extend(1)])).toBe('2027-02-15');
    expect(failure([sarLogged, extend(1), extend(2)])).toMatch(/one or two further months/);
    expect(failure([sarLogged, extend(1, '2026-12-15')])).toMatch(/original due date/);
  });

  it('is refused only on a subject access ground', () => {
    expect(
      replayed([sarLogged, { kind: 'refused', grounds: ['manifestly-excessive'], on: '2026-11-20', operator: clerk }])
        .status,
    ).toBe('refused');
    expect(failure([sarLogged, { kind: 'refused', grounds: ['s12'], on: '2026-11-20', operator: clerk }])).toMatch(
      /not a ground/,
    );
  });

  it('can be withdrawn', () => {
    expect(
      replayed([sarLogged, { kind: 'withdrawn', reason: 'No longer needed', on: '2026-11-20', operator: clerk }]),
    ).toMatchObject({ status: 'withdrawn', closedOn: '2026-11-20' });
  });
});

describe('a complaint on the record', () => {
  const complaint: RequestEvent = {
    kind: 'logged',
    type: 'complaint',
    receivedOn: '2026-06-01',
    on: '2026-06-01',
    operator: clerk,
  };

  it('has a due date only when the council sets a target', () => {
    expect(dueDate(replayed([complaint]), calendars)).toBeNull();
    expect(readRequestClock(replayed([complaint]), calendars, '2026-06-02')).toBeNull();
    expect(dueDate(replayed([complaint]), calendars, 15)).toBe('2026-06-22');
  });

  it('is answered or withdrawn, not refused', () => {
    expect(failure([complaint, { kind: 'refused', grounds: ['s14'], on: '2026-06-02', operator: clerk }])).toMatch(
      /answered or withdrawn/,
    );
  });
});
