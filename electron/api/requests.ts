// Requests (FOI, subject access, complaints): the register's inputs and what it shows.
import { z } from 'zod';
import type { Channel, ItemKind } from './domain';

export const requestTypes = ['foi', 'sar', 'complaint'] as const;
export const requestTypeSchema = z.enum(requestTypes);
export type RequestKind = z.infer<typeof requestTypeSchema>;

/** The button on an item: "Log as FOI request". */
export const logButtonNames: Readonly<Record<RequestKind, string>> = {
  foi: 'Log as FOI request',
  sar: 'Log as subject access request',
  complaint: 'Log as complaint',
};

/** The suggestion in a row and the detail pane: "Looks like an FOI request". */
export const looksLikeNames: Readonly<Record<RequestKind, string>> = {
  foi: 'Looks like an FOI request',
  sar: 'Looks like a subject access request',
  complaint: 'Looks like a formal complaint',
};

const isoDate = z.iso.date();

export const stopReasons = ['clarification', 'identity', 'name-and-address'] as const;

/** One step of a request, as the clerk takes it; the operator comes from who is working. */
export const requestStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('assigned'), on: isoDate, to: z.string().trim().min(1).max(120) }),
  z.strictObject({ kind: z.literal('clock-stopped'), on: isoDate, reason: z.enum(stopReasons) }),
  z.strictObject({ kind: z.literal('clock-restarted'), on: isoDate }),
  z.strictObject({
    kind: z.literal('extended'),
    on: isoDate,
    reason: z.string().trim().min(3).max(2000),
    workingDays: z.number().int().min(1).max(60).optional(),
    months: z.number().int().min(1).max(2).optional(),
  }),
  z.strictObject({
    kind: z.literal('answered'),
    on: isoDate,
    /** The reply on the request's items that is the response. */
    replyActionId: z.number().int().positive().optional(),
    /** Or the postal or email address it was sent to outside the console. */
    sentTo: z.string().trim().min(3).max(500).optional(),
    /** A subject access request answered with the subject access export just made for the requester. */
    subjectAccessExport: z.literal(true).optional(),
  }),
  z.strictObject({
    kind: z.literal('refused'),
    on: isoDate,
    grounds: z.array(z.string().min(1).max(40)).min(1).max(10),
  }),
  z.strictObject({ kind: z.literal('withdrawn'), on: isoDate, reason: z.string().trim().max(2000).optional() }),
]);
export type RequestStep = z.infer<typeof requestStepSchema>;

export const requestLogInput = z.strictObject({
  itemId: z.number().int().positive(),
  type: requestTypeSchema,
  /** The day it arrived, when that is not the item's own date (a letter typed in later). */
  receivedOn: isoDate.optional(),
});

/** The council's own target for formal complaints: null = none (a complaint then has no due date). */
export const requestSettingsSchema = z.strictObject({
  complaintTargetWorkingDays: z.number().int().min(1).max(250).nullable(),
});
export type RequestSettings = z.infer<typeof requestSettingsSchema>;

export const closureDaysSchema = z.array(z.strictObject({ date: isoDate, note: z.string().trim().max(200) })).max(400);
export type ClosureDay = z.infer<typeof closureDaysSchema>[number];

export interface RequestRowView {
  id: number;
  reference: string;
  type: RequestKind;
  typeName: string;
  requester: { personId: number; name: string } | null;
  /** London dates, YYYY-MM-DD. */
  receivedOn: string;
  dueOn: string | null;
  /** "FOI due in 3 working days", "Overdue by 2 working days", "FOI: clock stopped". */
  clockLabel: string | null;
  overdue: boolean;
  /** Due within five working days (and not overdue). */
  dueSoon: boolean;
  closed: boolean;
  status: string;
  /** The status in words, with what goes with it: "Extended: needs legal advice", "Refused: s.43 Commercial interests". */
  statusText: string;
  assignedTo: string | null;
  itemCount: number;
  replyCount: number;
}

export interface RequestStepView {
  id: number;
  on: string;
  operator: string;
  /** What was done, in words: "Clock stopped: waiting for clarification". */
  summary: string;
  /** An email the step sent (the subject access export): "Sending…", "Sent", "Could not send: <reason>". */
  delivery: string | null;
}

export interface RequestItemView {
  itemId: number;
  role: string;
  channel: Channel;
  kind: ItemKind;
  author: string;
  receivedAt: string;
  excerpt: string;
}

export interface RequestReplyView {
  actionId: number;
  itemId: number;
  operator: string;
  at: string;
  excerpt: string;
}

export interface RequestDetailView extends RequestRowView {
  steps: RequestStepView[];
  items: RequestItemView[];
  replies: RequestReplyView[];
  /** Days off before the due date, for the clerk: "Fri 25 Dec 2026: Christmas Day". */
  daysOff: string[];
  /** Office days left when the council's closure days are left out (they still count for the law). */
  officeDaysLeft: number | null;
  /** Whether the clock is stopped now, and why. */
  stoppedFor: string | null;
  /** What a refusal of this type may rest on (FOI sections, or subject access grounds). */
  refusalChoices: RefusalChoice[];
}

/** An item of a subject access export that may hold someone else's personal data: to read before it goes. */
export interface SubjectAccessItemToRead {
  itemId: number;
  /** "Item 12 (an email address, a phone number)". */
  what: string;
  receivedAt: string;
  sender: string;
  subject: string | null;
  text: string;
}

/** What "Send the subject access export" will do, for the clerk to confirm: which file, to whom, from where. */
export interface SubjectAccessPlan {
  requestId: number;
  reference: string;
  requesterName: string;
  /** The export's file name: the same file, made again when it is sent. */
  fileName: string;
  itemCount: number;
  actionCount: number;
  /** Null when the console cannot email it (see cannotSend): it is saved for the clerk to send instead. */
  send: { to: string; toName: string; from: string; accountName: string; subject: string; text: string } | null;
  cannotSend: string | null;
  toRead: SubjectAccessItemToRead[];
}

export const sendSubjectAccessInput = z.strictObject({
  requestId: z.number().int().positive(),
  /** The address and account the clerk confirmed: if either has changed since, nothing is sent. */
  to: z.string().trim().min(3).max(320),
  from: z.string().trim().min(1).max(320),
});

export interface RequestSuggestionView {
  type: RequestKind;
  looksLike: string;
  confidence: 'high' | 'medium';
  evidence: string[];
}

export interface ItemRequestsView {
  suggestions: RequestSuggestionView[];
  /** The requests this item belongs to. */
  requests: RequestRowView[];
  /** For an FOI request: whether the item has the requester's real name and an address for correspondence. */
  foiValidity: { valid: boolean; missing: string[]; evidence: string[] };
  /** The canned reply asking for a name and address, for the composer. */
  nameAndAddressTemplateId: number | null;
}

export interface RequestsSummary {
  overdue: RequestRowView[];
  dueSoon: RequestRowView[];
}

/** The refusal picker's choices (FOI sections or subject access grounds). */
export interface RefusalChoice {
  id: string;
  label: string;
}

export interface RequestsReport {
  /** Requests received per month ('YYYY-MM') by type; counts follow `months`. */
  perMonth: { type: RequestKind; typeName: string; counts: number[] }[];
  closed: number;
  closedOnTime: number;
  /** Share answered on time, 0–1; null when none closed with a due date. */
  onTimeShare: number | null;
  medianWorkingDays: number | null;
}

/** On a queue row: the request it belongs to, or the one it looks like. */
export interface RowRequestMark {
  reference: string | null;
  label: string;
  overdue: boolean;
}

/** The line under the requests per month: "3 closed in the period; 2 on time (67% of those with a due date). Median 12 working days from receipt to the answer." */
export function requestsReportLine(report: RequestsReport): string {
  if (report.closed === 0) return 'No request was answered, refused or withdrawn in this period.';
  const share =
    report.onTimeShare === null ? '' : ` (${Math.round(report.onTimeShare * 100)}% of those with a due date)`;
  const median =
    report.medianWorkingDays === null
      ? ''
      : ` Median ${report.medianWorkingDays} working day${report.medianWorkingDays === 1 ? '' : 's'} from receipt to the answer.`;
  return `${report.closed} closed in the period; ${report.closedOnTime} on time${share}.${median}`;
}
