// Requests: logging an item as an FOI request, subject access request or complaint, and each step after it.
// Every step is one write: the event, and the same step as an action on the record (for the FOI export).
import { fail, ok, type ApiError, type Envelope } from '../api/envelope';
import type { ClosureDay, RequestKind, RequestStep } from '../api/requests';
import { isFoiRefusalGround, isSarRefusalGround, type RefusalGroundId } from '../api/refusal-grounds';
import { londonDate, ukDate, yearOf, type IsoDate } from '../core/london-date';
import {
  applyRequestEvent,
  dueDate,
  replayRequest,
  stopReasonNames,
  type RequestEvent,
  type RequestState,
} from '../core/request-record';
import { nextReference } from '../core/request-references';
import { checkFoiValidity, type FoiValidity } from '../core/request-validity';
import type { Store } from '../store/store';
import type { ItemRow } from '../store/items-repo';
import type { RequestEventRow, RequestRow } from '../store/requests-repo';
import { councilContacts, readPolicySettings } from './council-settings';
import { refusalLabel } from './request-views';
import { calendarsOf, requestRulesOf, type RequestRules } from './request-settings';
import type { Write } from './write';

export interface LoadedRequest {
  row: RequestRow;
  state: RequestState;
  events: RequestEventRow[];
}

/** A stored event back as the reducer's event: written only by appendStep, from an event the reducer accepted. */
function toEvent(row: RequestEventRow): RequestEvent {
  const details = JSON.parse(row.details) as Record<string, unknown>;
  return { ...details, kind: row.kind, on: row.on_date, operator: row.operator } as RequestEvent;
}

/** Every request with its state replayed; one whose events no longer fit is left out with its message. */
export function loadRequests(store: Store, calendars = calendarsOf(store)): LoadedRequest[] {
  const byRequest = new Map<number, RequestEventRow[]>();
  for (const event of store.requests.allEvents()) {
    const list = byRequest.get(event.request_id) ?? [];
    list.push(event);
    byRequest.set(event.request_id, list);
  }
  return store.requests.list().flatMap((row) => {
    const events = byRequest.get(row.id) ?? [];
    const state = replayRequest(events.map(toEvent), calendars);
    return state.ok ? [{ row, state: state.value, events }] : [];
  });
}

export function loadRequest(store: Store, id: number, calendars = calendarsOf(store)): Envelope<LoadedRequest> {
  const row = store.requests.get(id);
  if (!row) return fail('not_found', 'That request is not in the register.');
  const events = store.requests.eventsOf(id);
  const state = replayRequest(events.map(toEvent), calendars);
  return state.ok ? ok({ row, state: state.value, events }) : state;
}

/** The requester's details on an item, judged as s.8 asks. */
export function validityOf(store: Store, item: ItemRow, councilName: string): FoiValidity {
  return checkFoiValidity({
    author: { name: item.author_name, handle: item.author_handle, email: item.author_email, phone: item.author_phone },
    text: [item.subject ?? '', item.text].join('\n'),
    councilContacts: councilContacts(readPolicySettings(store, councilName)),
  });
}

const loggedAs: Readonly<Record<RequestKind, string>> = {
  foi: 'an FOI request',
  sar: 'a subject access request',
  complaint: 'a complaint',
};

/** The step in the record's words: "FOI-2026-014: clock stopped, waiting for a name and address". */
function stepSummary(
  reference: string,
  event: RequestEvent,
  state: RequestState,
  rules: RequestRules,
  extra: Record<string, unknown>,
): string {
  const due = dueDate(state, rules.calendars, rules.complaintTargetWorkingDays);
  const dueText = due ? `; due ${ukDate(due)}` : '';
  switch (event.kind) {
    case 'logged':
      return `${reference} logged as ${loggedAs[event.type]}, received ${ukDate(event.receivedOn)}${dueText}`;
    case 'assigned':
      return `${reference} given to ${event.to}`;
    case 'clock-stopped':
      return `${reference}: clock stopped, ${stopReasonNames[event.reason].toLowerCase()}`;
    case 'clock-restarted':
      return `${reference}: what was asked for arrived ${ukDate(event.on)}, clock running${dueText}`;
    case 'extended':
      return `${reference} extended (${event.reason})${dueText}`;
    case 'answered': {
      const sentTo = typeof extra.sentTo === 'string' ? extra.sentTo : null;
      const how =
        extra.subjectAccessExportId !== undefined
          ? typeof extra.fileName === 'string' && sentTo
            ? ` by email: ${extra.fileName} sent to ${sentTo} from ${String(extra.sentFrom)}`
            : ` with the subject access export${sentTo ? `, sent to ${sentTo}` : ''}`
          : sentTo
            ? `, sent to ${sentTo}`
            : extra.replyActionId !== undefined
              ? ', the reply marked as the response'
              : '';
      return `${reference} answered ${ukDate(event.on)}${how}`;
    }
    case 'refused':
      return `${reference} refused ${ukDate(event.on)}: ${event.grounds.map(refusalLabel).join('; ')}`;
    case 'withdrawn':
      return `${reference} withdrawn ${ukDate(event.on)}${event.reason ? ` (${event.reason})` : ''}`;
  }
}

/** The record's kind for each step (listed whole, so the glossary test sees every kind written). */
const kind = {
  logged: 'request-logged',
  assigned: 'request-assigned',
  'clock-stopped': 'request-clock-stopped',
  'clock-restarted': 'request-clock-restarted',
  extended: 'request-extended',
  answered: 'request-answered',
  refused: 'request-refused',
  withdrawn: 'request-withdrawn',
} as const satisfies Record<RequestEvent['kind'], string>;

/** Checks the step against the request so far and writes it, at the write's moment. */
/** A step written: the request after it, and the step's line on the record; or why it cannot be taken. */
export type StepWritten = { ok: true; value: RequestState; actionId: number } | { ok: false; error: ApiError };

export function appendStep(
  change: Write,
  request: { row: RequestRow; state: RequestState | null },
  event: RequestEvent,
  extra: Record<string, unknown>,
  context: { rules: RequestRules; itemId: number | null },
): StepWritten {
  const next = applyRequestEvent(request.state, event, context.rules.calendars);
  if (!next.ok) return next;
  const { kind: step, on, operator, ...rest } = event;
  const details = { ...rest, ...extra };
  const actionId = change.record({
    itemId: context.itemId,
    personId: request.row.person_id,
    kind: kind[step],
    operator,
    details: {
      reference: request.row.reference,
      on,
      ...details,
      summary: stepSummary(request.row.reference, event, next.value, context.rules, extra),
    },
  });
  change.store.requests.appendEvent({
    request_id: request.row.id,
    kind: step,
    on_date: on,
    operator,
    details: JSON.stringify(details),
    action_id: actionId,
    recorded_at: change.now,
  });
  return { ok: true, value: next.value, actionId };
}

export interface LogOutcome {
  requestId: number;
  reference: string;
  /** FOI only: what s.8 needs that the item lacks (the clock waits for it). */
  missing: string[];
}

/** Logs an item as a request: the register's row, its first item, and (FOI lacking a name or address) the stopped clock. */
export function logRequest(
  change: Write,
  input: { itemId: number; type: RequestKind; receivedOn?: IsoDate | undefined },
  councilName: string,
): Envelope<LogOutcome> {
  const { store, operator, now } = change;
  const item = store.items.get(input.itemId);
  if (!item) return fail('not_found', 'That item is not in the record.');
  if (item.from_council === 1) return fail('conflict', "The council's own posts are not requests.");
  const receivedOn = input.receivedOn ?? londonDate(item.received_at);
  const today = londonDate(change.at);
  if (receivedOn > today)
    return fail('invalid_input', `The request cannot have arrived after today (${ukDate(today)}).`);
  const already = store.requests
    .requestsOfItems([item.id])
    .map((link) => store.requests.get(link.request_id))
    .find((row) => row?.type === input.type);
  if (already) return fail('conflict', `This item is already logged as ${already.reference}.`);
  const rules = requestRulesOf(store);
  const validity = input.type === 'foi' ? validityOf(store, item, councilName) : null;
  const reference = nextReference(
    input.type,
    yearOf(receivedOn),
    store.requests.list().map((row) => row.reference),
  );
  const id = store.requests.add({
    reference,
    type: input.type,
    personId: item.person_id,
    receivedAt: item.received_at,
    now,
  });
  const row = store.requests.get(id);
  if (!row) throw new Error('The request just added cannot be read back.');
  store.requests.link({ requestId: id, itemId: item.id, role: 'request', by: operator, at: now });
  const step = { rules, itemId: item.id };
  const logged = appendStep(
    change,
    { row, state: null },
    { kind: 'logged', type: input.type, receivedOn, on: receivedOn, operator },
    {},
    step,
  );
  if (!logged.ok) throw new Error(logged.error.message);
  if (validity && !validity.valid) {
    const stopped = appendStep(
      change,
      { row, state: logged.value },
      { kind: 'clock-stopped', reason: 'name-and-address', on: receivedOn, operator },
      { missing: validity.missing },
      step,
    );
    if (!stopped.ok) throw new Error(stopped.error.message);
  }
  return ok({ requestId: id, reference, missing: validity?.missing ?? [] });
}

/** One step of a logged request; the reducer's refusal comes back as a conflict with its message. */
export function takeStep(change: Write, requestId: number, step: RequestStep): Envelope<RequestState> {
  const { store } = change;
  const rules = requestRulesOf(store);
  const loaded = loadRequest(store, requestId, rules.calendars);
  if (!loaded.ok) return loaded;
  const today = londonDate(change.at);
  if (step.on > today) return fail('invalid_input', `Choose a date on or before today (${ukDate(today)}).`);
  const extra: Record<string, unknown> = {};
  let event: RequestEvent;
  const base = { on: step.on, operator: change.operator };
  switch (step.kind) {
    case 'answered': {
      if (step.subjectAccessExport) {
        const { row } = loaded.value;
        if (row.type !== 'sar' || row.person_id === null)
          return fail('conflict', 'The subject access export answers a subject access request only.');
        const exportId = store.requests.latestSubjectAccessExport(row.person_id, row.created_at);
        if (exportId === null) return fail('conflict', 'Make the subject access export first.');
        extra.subjectAccessExportId = exportId;
        // Saved and sent outside the console: where it went, as the clerk wrote it.
        if (step.sentTo) extra.sentTo = step.sentTo;
      } else if (step.replyActionId !== undefined) {
        const reply = store.requests.repliesOf(requestId).find((row) => row.action_id === step.replyActionId);
        if (!reply) return fail('not_found', "That reply is not on this request's items.");
        extra.replyActionId = reply.action_id;
      } else if (step.sentTo) extra.sentTo = step.sentTo;
      else return fail('invalid_input', 'Choose the reply that answered it, or say where the answer was sent.');
      event = { ...base, kind: 'answered' };
      break;
    }
    case 'refused': {
      const grounds = step.grounds.filter(
        (ground): ground is RefusalGroundId => isFoiRefusalGround(ground) || isSarRefusalGround(ground),
      );
      if (grounds.length !== step.grounds.length) return fail('invalid_input', 'Choose the section from the list.');
      event = { ...base, kind: 'refused', grounds };
      break;
    }
    case 'extended':
      event = {
        ...base,
        kind: 'extended',
        reason: step.reason,
        ...(step.workingDays !== undefined ? { workingDays: step.workingDays } : {}),
        ...(step.months !== undefined ? { months: step.months } : {}),
      };
      break;
    case 'withdrawn':
      event = { ...base, kind: 'withdrawn', ...(step.reason ? { reason: step.reason } : {}) };
      break;
    case 'assigned':
      event = { ...base, kind: 'assigned', to: step.to };
      break;
    case 'clock-stopped':
      event = { ...base, kind: 'clock-stopped', reason: step.reason };
      break;
    case 'clock-restarted':
      event = { ...base, kind: 'clock-restarted' };
      break;
  }
  const firstItem = store.requests.itemsOf(requestId)[0]?.item_id ?? null;
  return appendStep(change, loaded.value, event, extra, { rules, itemId: firstItem });
}

/** Links another item (a clarification, the name and address, a follow-up) to a request. */
export function linkItem(change: Write, input: { requestId: number; itemId: number; role: string }): Envelope<true> {
  const { store } = change;
  if (!store.requests.get(input.requestId)) return fail('not_found', 'That request is not in the register.');
  if (!store.items.get(input.itemId)) return fail('not_found', 'That item is not in the record.');
  store.requests.link({ ...input, by: change.operator, at: change.now });
  return ok(true);
}

export function saveClosureDays(change: Write, days: readonly ClosureDay[]): void {
  const unique = [...new Map(days.map((day) => [day.date, day])).values()].sort((a, b) => a.date.localeCompare(b.date));
  change.store.requests.replaceClosureDays(unique);
  change.record({
    itemId: null,
    kind: 'closure-days-changed',
    details: { days: unique.map((day) => day.date), count: unique.length },
  });
}
