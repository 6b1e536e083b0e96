// A replayed request in the register's shapes: its row, its detail, and what the queue row shows.
import type { Channel, ItemKind } from '../api/domain';
import { foiRefusalGrounds, sarRefusalGrounds } from '../api/refusal-grounds';
import {
  looksLikeNames,
  type RefusalChoice,
  type RequestDetailView,
  type RequestRowView,
  type RowRequestMark,
  type RequestsSummary,
} from '../api/requests';
import { actionKindName } from '../api/action-words';
import { deliveryWords } from '../api/channel-words';
import { ukDate, type IsoDate } from '../core/london-date';
import { clockLabel, requestTypeNames, type RequestCalendars } from '../core/request-clock';
import {
  dueDate,
  isClosed,
  readRequestClock,
  requestStatusNames,
  stopReasonNames,
  type RequestState,
} from '../core/request-record';
import { daysOffBetween, workingDaysAfter } from '../core/working-days';
import type { Store } from '../store/store';
import { loadRequests, type LoadedRequest } from './requests';
import { requestRulesOf, type RequestRules } from './request-settings';

/** Due within this many working days: the handover lists it, the badge says so. */
export const dueSoonWorkingDays = 5;

export const foiRefusalChoices: RefusalChoice[] = foiRefusalGrounds.map((ground) => ({
  id: ground.id,
  label: `${ground.section} ${ground.plainTitle}`,
}));
export const sarRefusalChoices: RefusalChoice[] = sarRefusalGrounds.map((ground) => ({
  id: ground.id,
  label: ground.title,
}));

/** "s.43 Commercial interests", or the subject access ground's title. */
export function refusalLabel(id: string): string {
  return [...foiRefusalChoices, ...sarRefusalChoices].find((choice) => choice.id === id)?.label ?? id;
}

function statusText(state: RequestState): string {
  switch (state.status) {
    case 'clarification-asked':
      return `${stopReasonNames[state.clock.stopReason ?? 'clarification']}: clock stopped`;
    case 'extended':
      return `Extended: ${state.extensionReasons.join('; ')}`;
    case 'refused':
      return `Refused: ${state.refusalGrounds.map(refusalLabel).join('; ')}`;
    default:
      return requestStatusNames[state.status];
  }
}

const excerpt = (text: string, length = 140): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
};

export function toRowView(
  loaded: LoadedRequest,
  rules: RequestRules,
  today: IsoDate,
  counts: { items: number; replies: number },
): RequestRowView {
  const { row, state } = loaded;
  const { calendars, complaintTargetWorkingDays: target } = rules;
  const due = dueDate(state, calendars, target);
  const reading = readRequestClock(state, calendars, today, target);
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    typeName: requestTypeNames[row.type],
    requester: row.person_id !== null ? { personId: row.person_id, name: row.person_name ?? '' } : null,
    receivedOn: state.receivedOn,
    dueOn: due,
    clockLabel: reading && reading.state !== 'closed' ? clockLabel(row.type, reading) : null,
    overdue: reading?.state === 'overdue',
    dueSoon: reading?.state === 'due' && reading.workingDays <= dueSoonWorkingDays,
    closed: isClosed(state),
    status: state.status,
    statusText: statusText(state),
    assignedTo: state.assignedTo,
    itemCount: counts.items,
    replyCount: counts.replies,
  };
}

export function toDetailView(
  store: Store,
  loaded: LoadedRequest,
  rules: RequestRules,
  today: IsoDate,
): RequestDetailView {
  const { calendars } = rules;
  const items = store.requests.itemsOf(loaded.row.id);
  const replies = store.requests.repliesOf(loaded.row.id);
  const view = toRowView(loaded, rules, today, { items: items.length, replies: replies.length });
  const reading = readRequestClock(loaded.state, calendars, today, rules.complaintTargetWorkingDays);
  const due = view.dueOn;
  return {
    ...view,
    steps: loaded.events.map((event) => {
      const action = store.actions.get(event.action_id);
      const details: Readonly<Record<string, unknown>> = action?.details ?? {};
      const summary = typeof details.summary === 'string' ? details.summary : '';
      const sent = store.outbox.forAction(event.action_id);
      return {
        id: event.id,
        on: event.on_date,
        operator: event.operator,
        delivery:
          sent.length === 0 ? null : sent.map((entry) => deliveryWords(entry.state, entry.lastError)).join('; '),
        summary:
          summary.replace(`${loaded.row.reference}: `, '').replace(`${loaded.row.reference} `, '') ||
          actionKindName(`request-${event.kind}`),
      };
    }),
    items: items.map((item) => ({
      itemId: item.item_id,
      role: item.role,
      channel: item.channel as Channel,
      kind: item.kind as ItemKind,
      author: item.author_name,
      receivedAt: item.received_at,
      excerpt: excerpt([item.subject, item.text].filter(Boolean).join(' — ')),
    })),
    replies: replies.map((reply) => {
      const details = JSON.parse(reply.details) as { text?: unknown };
      return {
        actionId: reply.action_id,
        itemId: reply.item_id,
        operator: reply.operator,
        at: reply.created_at,
        excerpt: excerpt(typeof details.text === 'string' ? details.text : ''),
      };
    }),
    daysOff:
      due && today <= due
        ? daysOffBetween(calendars.office, today, due).map((day) => `${ukDate(day.date)}: ${day.why}`)
        : [],
    officeDaysLeft: reading?.state === 'due' ? reading.officeDays : null,
    stoppedFor: loaded.state.clock.stopReason ? stopReasonNames[loaded.state.clock.stopReason] : null,
    refusalChoices: view.type === 'foi' ? foiRefusalChoices : view.type === 'sar' ? sarRefusalChoices : [],
  };
}

/** Working days from receipt (or the clock's last start) to the answer: for Reports. */
export function workingDaysToClose(state: RequestState, calendars: RequestCalendars): number | null {
  if (state.closedOn === null) return null;
  const calendar = state.type === 'foi' ? calendars.foi : state.type === 'sar' ? calendars.sar : calendars.office;
  return workingDaysAfter(calendar, state.clock.startedOn, state.closedOn);
}

/** What each item's row shows: the request it is logged under with its clock, or the request it looks like. */
export function rowMarks(
  store: Store,
  loaded: readonly LoadedRequest[],
  rules: RequestRules,
  itemIds: readonly number[],
  today: IsoDate,
): Map<number, RowRequestMark> {
  const marks = new Map<number, RowRequestMark>();
  const byId = new Map(loaded.map((request) => [request.row.id, request]));
  for (const link of store.requests.requestsOfItems(itemIds)) {
    const request = byId.get(link.request_id);
    if (!request || marks.has(link.item_id)) continue;
    const view = toRowView(request, rules, today, { items: 0, replies: 0 });
    marks.set(link.item_id, {
      reference: view.reference,
      label: view.closed ? `${view.reference}: ${view.statusText.toLowerCase()}` : (view.clockLabel ?? view.reference),
      overdue: view.overdue,
    });
  }
  for (const row of store.requests.suggestionsOf(itemIds.filter((id) => !marks.has(id))))
    if (row.suggested_request)
      marks.set(row.id, { reference: null, label: looksLikeNames[row.suggested_request], overdue: false });
  return marks;
}

/** Every request as the register lists it, on `today`. */
export function registerRows(store: Store, today: IsoDate): RequestRowView[] {
  const rules = requestRulesOf(store);
  return loadRequests(store, rules.calendars).map((loaded) =>
    toRowView(loaded, rules, today, {
      items: store.requests.itemsOf(loaded.row.id).length,
      replies: store.requests.repliesOf(loaded.row.id).length,
    }),
  );
}

/** Overdue requests and those due within five working days: the handover, the header warning. */
export function requestsSummary(store: Store, today: IsoDate): RequestsSummary {
  const open = registerRows(store, today).filter((row) => !row.closed);
  return { overdue: open.filter((row) => row.overdue), dueSoon: open.filter((row) => row.dueSoon) };
}
