// A request's life as a list of events, and the reducer that replays them into its status and clock.
// The due date is never stored: it is worked out from the events, so the record can always show why.
import { fail, ok, type Envelope } from '../api/envelope';
import { isFoiRefusalGround, isSarRefusalGround, type RefusalGroundId } from './foi-refusal-grounds';
import { daysBetween, isIsoDate, type IsoDate, ukDate } from './london-date';
import {
  complaintDueDate,
  foiDueDate,
  foiMostExtraWorkingDays,
  readClock,
  requestTypeNames,
  sarDueDate,
  sarMostExtraMonths,
  type ClockReading,
  type RequestCalendars,
  type RequestType,
} from './request-clock';

/**
 * What the clock waits for:
 * - clarification: FOI s.1(3) (the 20 days start afresh when it arrives) or a SAR the council needs narrowed
 *   (the days from asking to receiving "do not count");
 * - identity: a SAR's proof of identity (the month starts when it arrives);
 * - name-and-address: an FOI request lacking the requester's real name or an address for correspondence is not
 *   yet a valid request (s.8(1)(b)); the clock starts when they arrive.
 */
export type StopReason = 'clarification' | 'identity' | 'name-and-address';

export const stopReasonNames: Readonly<Record<StopReason, string>> = {
  clarification: 'Waiting for clarification',
  identity: 'Waiting for proof of identity',
  'name-and-address': 'Waiting for a name and address',
};

interface EventBase {
  /** The London date the step took effect (a letter that came yesterday is entered as yesterday). */
  on: IsoDate;
  operator: string;
}

export type RequestEvent = EventBase &
  (
    | { kind: 'logged'; type: RequestType; receivedOn: IsoDate }
    | { kind: 'assigned'; to: string }
    | { kind: 'clock-stopped'; reason: StopReason }
    /** What the clock waited for has arrived (on `on`). */
    | { kind: 'clock-restarted' }
    /** FOI: extra working days for the public interest test; SAR: extra months for a complex request. */
    | { kind: 'extended'; reason: string; workingDays?: number; months?: number }
    | { kind: 'answered' }
    | { kind: 'refused'; grounds: RefusalGroundId[] }
    | { kind: 'withdrawn'; reason?: string }
  );

export type RequestStatus = 'open' | 'clarification-asked' | 'extended' | 'answered' | 'refused' | 'withdrawn';

export const requestStatusNames: Readonly<Record<RequestStatus, string>> = {
  open: 'Open',
  'clarification-asked': 'Clarification asked (clock stopped)',
  extended: 'Extended',
  answered: 'Answered',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
};

export interface RequestState {
  type: RequestType;
  receivedOn: IsoDate;
  status: RequestStatus;
  assignedTo: string | null;
  clock: {
    /** The date of receipt the clock counts from: receipt, or the day what it waited for arrived. */
    startedOn: IsoDate;
    stoppedSince: IsoDate | null;
    stopReason: StopReason | null;
    /** SAR: days that do not count because a clarification was awaited. */
    pausedDays: number;
    extraWorkingDays: number;
    extraMonths: number;
  };
  extensionReasons: string[];
  closedOn: IsoDate | null;
  refusalGrounds: RefusalGroundId[];
}

const closed: ReadonlySet<RequestStatus> = new Set(['answered', 'refused', 'withdrawn']);

export function isClosed(state: RequestState): boolean {
  return closed.has(state.status);
}

/** The due date the events give, or null while the clock is stopped (or a complaint has no target). */
export function dueDate(
  state: RequestState,
  calendars: RequestCalendars,
  complaintTargetWorkingDays: number | null = null,
): IsoDate | null {
  if (state.clock.stoppedSince !== null) return null;
  if (state.type === 'foi') return foiDueDate(calendars, state.clock);
  if (state.type === 'sar') return sarDueDate(calendars, state.clock);
  return complaintTargetWorkingDays === null
    ? null
    : complaintDueDate(calendars, state.clock, complaintTargetWorkingDays);
}

/** What the badge shows on `today`; null when nothing is due (a complaint without a target). */
export function readRequestClock(
  state: RequestState,
  calendars: RequestCalendars,
  today: IsoDate,
  complaintTargetWorkingDays: number | null = null,
): ClockReading | null {
  if (isClosed(state)) return { state: 'closed' };
  if (state.clock.stoppedSince !== null) return { state: 'stopped' };
  const due = dueDate(state, calendars, complaintTargetWorkingDays);
  return due === null ? null : readClock(calendars, state.type, due, today);
}

/** For Reports: whether a closed request was closed by its due date, or null while it is open or had nothing due. */
export function closedOnTime(
  state: RequestState,
  calendars: RequestCalendars,
  complaintTargetWorkingDays: number | null = null,
): boolean | null {
  const due = dueDate(state, calendars, complaintTargetWorkingDays);
  return state.closedOn === null || due === null ? null : state.closedOn <= due;
}

const refuse = (message: string) => fail('conflict', message);

function applyStop(state: RequestState, event: RequestEvent & { kind: 'clock-stopped' }): Envelope<RequestState> {
  if (state.clock.stoppedSince !== null)
    return refuse(
      `The clock is already stopped (${stopReasonNames[state.clock.stopReason ?? 'clarification'].toLowerCase()}).`,
    );
  if (event.reason === 'identity' && state.type !== 'sar')
    return refuse('Proof of identity is asked for subject access requests only.');
  if (event.reason === 'name-and-address' && state.type !== 'foi')
    return refuse('A name and address are asked for FOI requests only.');
  const status = 'clarification-asked';
  return ok({ ...state, status, clock: { ...state.clock, stoppedSince: event.on, stopReason: event.reason } });
}

function applyRestart(state: RequestState, event: RequestEvent & { kind: 'clock-restarted' }): Envelope<RequestState> {
  const { stoppedSince, stopReason } = state.clock;
  if (stoppedSince === null || stopReason === null) return refuse('The clock is not stopped.');
  if (event.on < stoppedSince)
    return refuse(
      `What was asked for cannot arrive (${ukDate(event.on)}) before it was asked for (${ukDate(stoppedSince)}).`,
    );
  const status = state.extensionReasons.length > 0 ? 'extended' : 'open';
  const clock = { ...state.clock, stoppedSince: null, stopReason: null };
  // SAR clarification: "the period beginning with the day on which the controller makes the request and ending
  // with the day on which the controller receives the information does not count" (DPA 2018 s.54(3C); the Data
  // (Use and Access) Act 2025 brought the same "stop the clock" into the UK GDPR, as the ICO's right of access
  // guidance now says). Everything else starts afresh: FOIA s.10(6)(b), ICO line to take LTT137.
  if (state.type === 'sar' && stopReason === 'clarification')
    return ok({
      ...state,
      status,
      clock: { ...clock, pausedDays: clock.pausedDays + daysBetween(stoppedSince, event.on) + 1 },
    });
  return ok({ ...state, status, clock: { ...clock, startedOn: event.on } });
}

function applyExtension(
  state: RequestState,
  event: RequestEvent & { kind: 'extended' },
  calendars: RequestCalendars,
): Envelope<RequestState> {
  if (state.clock.stoppedSince !== null) return refuse('Restart the clock before extending: it is stopped.');
  if (event.reason.trim() === '') return refuse('Say why the request needs longer.');
  // The requester must be told within the original time limit (FOIA s.17(2); UK GDPR Art. 12(3)).
  const due = dueDate({ ...state, clock: { ...state.clock, extraMonths: 0, extraWorkingDays: 0 } }, calendars);
  if (due !== null && event.on > due)
    return refuse(`An extension has to be given by the original due date (${ukDate(due)}).`);
  const clock = { ...state.clock };
  if (state.type === 'sar') {
    const months = event.months ?? 0;
    if (!Number.isInteger(months) || months < 1 || clock.extraMonths + months > sarMostExtraMonths)
      return refuse('A subject access request can be extended by one or two further months, no more.');
    clock.extraMonths += months;
  } else {
    const days = event.workingDays ?? 0;
    if (!Number.isInteger(days) || days < 1) return refuse('Give the extra working days as a whole number.');
    if (state.type === 'foi' && clock.extraWorkingDays + days > foiMostExtraWorkingDays)
      return refuse('The ICO expects a public interest extension of no more than 20 further working days.');
    clock.extraWorkingDays += days;
  }
  return ok({
    ...state,
    status: 'extended',
    clock,
    extensionReasons: [...state.extensionReasons, event.reason.trim()],
  });
}

function applyRefusal(state: RequestState, event: RequestEvent & { kind: 'refused' }): Envelope<RequestState> {
  if (event.grounds.length === 0) return refuse('Name the section the refusal rests on.');
  const fits = state.type === 'foi' ? isFoiRefusalGround : state.type === 'sar' ? isSarRefusalGround : () => false;
  const wrong = event.grounds.find((ground) => !fits(ground));
  if (wrong !== undefined)
    return refuse(
      state.type === 'complaint'
        ? 'A complaint is answered or withdrawn, not refused.'
        : `"${wrong}" is not a ground for refusing a ${requestTypeNames[state.type]}.`,
    );
  return ok({ ...state, status: 'refused', closedOn: event.on, refusalGrounds: [...event.grounds] });
}

/** One step: the request after `event`, or why the step cannot be taken. */
export function applyRequestEvent(
  state: RequestState | null,
  event: RequestEvent,
  calendars: RequestCalendars,
): Envelope<RequestState> {
  if (!isIsoDate(event.on)) return fail('invalid_input', `Not a date: ${event.on}`);
  if (event.kind === 'logged') {
    if (state !== null) return refuse('This request is already logged.');
    if (!isIsoDate(event.receivedOn)) return fail('invalid_input', `Not a date: ${event.receivedOn}`);
    const clock = {
      startedOn: event.receivedOn,
      stoppedSince: null,
      stopReason: null,
      pausedDays: 0,
      extraWorkingDays: 0,
      extraMonths: 0,
    };
    return ok({
      type: event.type,
      receivedOn: event.receivedOn,
      status: 'open',
      assignedTo: event.operator,
      clock,
      extensionReasons: [],
      closedOn: null,
      refusalGrounds: [],
    });
  }
  if (state === null) return refuse('Log the request before anything else.');
  if (event.on < state.receivedOn)
    return refuse(`That date (${ukDate(event.on)}) is before the request was received (${ukDate(state.receivedOn)}).`);
  if (event.kind === 'assigned') return ok({ ...state, assignedTo: event.to });
  if (isClosed(state)) return refuse(`This request is already ${requestStatusNames[state.status].toLowerCase()}.`);
  switch (event.kind) {
    case 'clock-stopped':
      return applyStop(state, event);
    case 'clock-restarted':
      return applyRestart(state, event);
    case 'extended':
      return applyExtension(state, event, calendars);
    case 'refused':
      return applyRefusal(state, event);
    case 'answered':
      return ok({ ...state, status: 'answered', closedOn: event.on });
    case 'withdrawn':
      return ok({ ...state, status: 'withdrawn', closedOn: event.on });
  }
}

/** Replays a request's events from the record; the first step that does not fit stops the replay with its message. */
export function replayRequest(events: readonly RequestEvent[], calendars: RequestCalendars): Envelope<RequestState> {
  let state: RequestState | null = null;
  for (const [index, event] of events.entries()) {
    const next = applyRequestEvent(state, event, calendars);
    if (!next.ok) return fail(next.error.code, `Step ${index + 1} (${event.kind}): ${next.error.message}`);
    state = next.value;
  }
  return state === null ? fail('not_found', 'No events: the request was never logged.') : ok(state);
}
