// What each kind of recorded action holds: one zod schema per kind, checked when written and when read.
// A row whose kind has no schema here (or whose details do not fit it) still reads: as "unrecognised",
// shown by its kind's words, never dropped (docs/architecture.md, "Recorded actions").
import { z } from 'zod';
import { actionKinds, type ActionKind } from './action-words';

const id = z.number().int();
const strings = z.array(z.string()).default([]);
/** A snapshot of settings as they were saved: their shape is the settings' own, checked where they are read. */
const snapshot = z.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
const templateText = z.object({ name: z.string(), text: z.string() });
const accountOnly = z.object({ accountId: id, name: z.string() });
const consentStep = z.object({ status: z.string().optional() });
const senderRef = z.object({ authorId: id, channel: z.string(), name: z.string() });
const reversal = z.object({
  removalActionId: id.nullable().default(null),
  cancelled: strings,
  reversed: strings,
  irreversible: strings,
});
/** A rule as the clerk wrote it (its conditions and actions are the rules' own, checked in moderation/rules). */
const ruleDefinition = z.looseObject({ name: z.string() });
/** A rule before and after a change: read back for its name (the rest is kept in the row). */
const ruleNamed = z.object({ name: z.string() });
/**
 * One step of an information request (moderation/requests.ts): the request's reference, the day it took effect,
 * the step's own words, and the step's fields as the request's events define them.
 */
const requestStep = z.looseObject({ reference: z.string(), on: z.string(), summary: z.string() });

/**
 * The details of every kind. A field not named here is kept in the row but not read back; fields with a
 * default were not written by every earlier version.
 */
export const actionDetailSchemas = {
  'no-action-needed': z.object({}),
  'no-action-undone': z.object({ undoes: id.optional() }),
  removed: z.object({
    previousStatus: z.string().optional(),
    channelOperation: z.string().nullable().default(null),
    /** The notice's text when one was posted. */
    removalNotice: z.string().nullable().default(null),
    /** Shared by the removals of one bulk removal, which is undone as one. */
    bulkId: z.string().optional(),
  }),
  'removal-undone': reversal,
  restored: reversal,
  'complaint-reply': z.object({
    decision: z.enum(['send', 'skip']),
    text: z.string().nullable().default(null),
    edited: z.boolean().default(false),
    form: z.string().nullable().default(null),
  }),
  replied: z.object({
    form: z.string(),
    channel: z.string().optional(),
    templateId: id.nullable().default(null),
    templateName: z.string().nullable().default(null),
    templateVersion: id.nullable().default(null),
    setsConsent: z.boolean().default(false),
    text: z.string(),
    body: z.string().optional(),
    subject: z.string().nullable().default(null),
    outboundProblems: z.array(z.object({ kind: z.string(), message: z.string(), evidence: z.string() })).default([]),
    overrideReason: z.string().nullable().default(null),
    markedHandled: z.boolean().default(false),
    /** Sent by the console itself (the out-of-office answer), not by an operator. */
    automatic: z.string().nullable().default(null),
    to: z.string().nullable().default(null),
  }),
  forwarded: z.object({
    toName: z.string(),
    toEmail: z.string(),
    kind: z.string().optional(),
    redacted: z.boolean(),
    removedKinds: strings,
    subject: z.string().optional(),
  }),
  blocked: z.object({
    strikes: z.number().nullable().default(null),
    senders: z.array(senderRef.extend({ method: z.string() })).default([]),
  }),
  unblocked: z.object({
    reason: z.string(),
    cancelled: strings,
    reversed: strings,
    returnedToQueue: z.number().default(0),
  }),
  note: z.object({ text: z.string() }),
  'people-linked': z.object({
    linkedPersonId: id.optional(),
    linkedName: z.string(),
    authorId: id.optional(),
    channel: z.string(),
    evidence: strings,
  }),
  'person-split': senderRef.extend({ newPersonId: id.optional() }),
  'link-rejected': senderRef,
  'consent-form-sent': z.object({ itemId: id.optional(), replyActionId: id.optional() }),
  'consent-received': consentStep,
  'consent-withdrawn': consentStep,
  'consent-cleared': consentStep,
  'template-added': z.object({ templateId: id, name: z.string(), text: z.string() }),
  'template-edited': z.object({
    templateId: id,
    version: id.optional(),
    before: templateText,
    after: templateText,
  }),
  'template-retired': z.object({ templateId: id, name: z.string() }),
  'account-added': z.object({
    accountId: id,
    connector: z.string(),
    name: z.string(),
    config: snapshot.default({}),
    secretsSaved: strings,
  }),
  'account-updated': z.object({
    accountId: id,
    name: z.string(),
    config: snapshot.default({}),
    secretsChanged: strings,
    secretsKept: strings,
    secretsDropped: z.array(z.string()).optional(),
  }),
  'account-removed': accountOnly,
  'account-paused': accountOnly,
  'account-resumed': accountOnly,
  'account-settings-changed': z.object({
    accountId: id,
    removalNotice: z.boolean().optional(),
    facebookRemoval: z.enum(['hide', 'delete']).optional(),
  }),
  'settings-changed': z.object({
    changed: strings,
    before: snapshot.optional(),
    after: snapshot.optional(),
    /** The policy text saved in setup: where it came from, not the text itself. */
    source: z.string().optional(),
    fileName: z.string().nullable().optional(),
    characters: z.number().optional(),
  }),
  'address-book-saved': z.object({ contacts: z.array(z.object({ name: z.string(), kind: z.string() })) }),
  'operator-started': z.object({ operatorId: id, role: z.string() }),
  'operator-saved': z.object({ operatorId: id, name: z.string(), role: z.string() }),
  'handover-note': z.object({ to: id.optional(), text: z.string() }),
  'export-made': z.object({
    export: z.string(),
    from: z.string().optional(),
    to: z.string().optional(),
    filters: z.array(z.string()).optional(),
    items: z.number(),
    actions: z.number(),
  }),
  'backup-made': z.object({ file: z.string(), bytes: z.number().optional() }),
  'restore-requested': z.object({ file: z.string(), items: z.number(), actions: z.number() }),
  'restored-from-backup': z.object({
    file: z.string(),
    operator: z.string().optional(),
    previousKeptAs: z.string().nullable().default(null),
  }),
  'restore-failed': z.object({ file: z.string(), operator: z.string().optional(), message: z.string() }),
  'retention-purge': z.object({
    removedItems: z.number(),
    oldItems: z.number(),
    sendersCleared: z.number().default(0),
    removedBefore: z.string().optional(),
    correspondenceBefore: z.string().optional(),
  }),
  'rule-added': ruleDefinition.extend({ ruleId: id }),
  'rule-changed': z.object({ ruleId: id, before: ruleNamed.nullable(), after: ruleNamed }),
  'rule-deleted': z.object({ ruleId: id, name: z.string() }),
  'rule-applied': z.object({
    ruleId: id,
    ruleName: z.string(),
    channel: z.string(),
    /** What the rule did (hide, label, suggest, draft a reply…), as moderation/rule-runs plans it. */
    effects: z.array(z.looseObject({ kind: z.string() })).default([]),
    skipped: strings,
    label: z.string().nullable().default(null),
    templateName: z.string().nullable().default(null),
    replyActionId: id.nullable().default(null),
  }),
  'rule-undone': z.object({
    undoes: id,
    ruleName: z.string(),
    cancelled: strings,
    reversed: strings,
    irreversible: strings,
  }),
  'request-logged': requestStep,
  'request-assigned': requestStep,
  'request-clock-stopped': requestStep,
  'request-clock-restarted': requestStep,
  'request-extended': requestStep,
  'request-answered': requestStep,
  'request-refused': requestStep,
  'request-withdrawn': requestStep,
  'closure-days-changed': z.object({ days: z.array(z.string()), count: z.number() }),
} as const satisfies Record<ActionKind, z.ZodType>;

type Schemas = typeof actionDetailSchemas;

/** An action as it is written: its kind and the details that kind takes. */
export type NewRecordedAction = { [K in ActionKind]: { kind: K; details: z.input<Schemas[K]> } }[ActionKind];

/** An action as it is read back: narrowing on `kind` types the details. */
export type RecordedAction =
  | { [K in ActionKind]: { kind: K; details: z.output<Schemas[K]> } }[ActionKind]
  /** A kind this console has no schema for (written by a newer one), or details that do not fit: shown, not dropped. */
  | { kind: 'unrecognised'; storedKind: string; details: Record<string, unknown> };

/** The details of one kind, as read back and as written. */
export type DetailsOf<K extends ActionKind> = z.output<Schemas[K]>;
export type DetailsIn<K extends ActionKind> = z.input<Schemas[K]>;

const isActionKind = (kind: string): kind is ActionKind => (actionKinds as readonly string[]).includes(kind);

/** Checks an action's details before it is written; a mismatch is a bug, so it throws. */
export function checkRecordedAction(action: NewRecordedAction): Record<string, unknown> {
  const parsed = actionDetailSchemas[action.kind].safeParse(action.details);
  if (!parsed.success)
    throw new Error(`The details of a "${action.kind}" action do not fit its schema: ${parsed.error.message}`);
  // What is stored is what was given: defaults are filled in when read, so the row says what was known.
  return action.details as Record<string, unknown>;
}

/** Reads a stored kind and its details into the typed union. */
export function readRecordedAction(kind: string, details: unknown): RecordedAction {
  const raw = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  if (!isActionKind(kind)) return { kind: 'unrecognised', storedKind: kind, details: raw };
  const parsed = actionDetailSchemas[kind].safeParse(raw);
  return parsed.success
    ? ({ kind, details: parsed.data } as RecordedAction)
    : { kind: 'unrecognised', storedKind: kind, details: raw };
}

/** The kind as stored, whether or not this console knows it. */
export const storedKindOf = (action: RecordedAction): string =>
  action.kind === 'unrecognised' ? action.storedKind : action.kind;
