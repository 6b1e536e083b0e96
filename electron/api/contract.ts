// THE contract: every method the renderer may call, its input schema and its output type.
import { z } from 'zod';
import {
  channelSchema,
  itemStatusSchema,
  policyReasonIdSchema,
  type Channel,
  type ChannelActionState,
  type ItemDetail,
  type QueueItem,
  type SenderStanding,
} from './domain';
import type { UndoableAction, UndoOutcome } from './undo';
import {
  accountSettingsInput,
  connectorKindSchema,
  type AccountsOverview,
  type AccountView,
  type ProblemsView,
} from './accounts';
import { addressBookSchema, type AddressBook, type ForwardPreview } from './forwarding';
import { outOfOfficeInput, type OutOfOfficeSetting } from './out-of-office';
import { reportInput, type ReportFigures, type ReportPdfFile } from './reports';
import {
  closureDaysSchema,
  requestSettingsSchema,
  sendSubjectAccessInput,
  requestLogInput,
  requestStepSchema,
  type ClosureDay,
  type RequestSettings,
  type SubjectAccessPlan,
  type ItemRequestsView,
  type RequestDetailView,
  type RequestRowView,
  type RequestsReport,
  type RequestsSummary,
} from './requests';
import { folderChoiceInput, folderListInput, type FolderListing } from './folders';
import { retentionInput, type BackupCheckView, type SafekeepingView } from './safekeeping';
import { recordsFilter, type ExportFile, type RecordsPage, type SubjectAccessFile } from './records';
import { operatorInput, type HandoverSummary, type OperatorsView, type OperatorView } from './operators';
import { strikeSettingsSchema, type PersonHistory, type SenderMatch } from './people';
import {
  councilPolicyInput,
  policyImportInput,
  policySettingsSchema,
  type CouncilPolicy,
  type PolicyImportView,
  type PolicyView,
} from './policy';
import { setupStepSchema, type SetupView } from './setup';
import { viewPreferencesSchema, type ViewPreferences } from './preferences';
import {
  officeHoursSchema,
  ruleConditionsSchema,
  ruleDefinitionSchema,
  type DryRunResult,
  type RulesView,
  type RuleView,
} from './rules';
import {
  replyFormSchema,
  templateInput,
  type CannedReplyView,
  type ReplyDraft,
  type ReplyPreview,
  type TemplateVersion,
} from './replies';

const itemId = z.number().int().positive();
const personId = z.number().int().positive();
const authorId = z.number().int().positive();
const templateId = z.number().int().positive();
const accountId = z.number().int().positive();
const replyText = z.string().max(20_000);
const forwardInput = z.strictObject({
  id: z.number().int().positive(),
  contactId: z.string().min(1).max(40),
  note: z.string().max(5000).optional(),
  /** Only allowed when the person's data consent form has been received. */
  unredacted: z.boolean().optional(),
});

export const queueListInput = z.strictObject({
  /** 'by-rules': items an automation rule acted on, while that still stands ("Done by rules"). */
  status: z.union([itemStatusSchema, z.literal('all'), z.literal('by-rules')]).default('new'),
  channel: channelSchema.optional(),
  search: z.string().trim().max(200).optional(),
  /** Every item from one person, on every channel (key p). */
  personId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
  /** newest: newest first; flagged: items with a suggested reason first (high, then medium), newest first within. */
  order: z.enum(['newest', 'flagged']).default('newest'),
});

export const queueCountsInput = queueListInput.pick({ status: true, search: true, personId: true });

export interface QueuePage {
  items: QueueItem[];
  /** Every item matching the filters, not just this page. */
  total: number;
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface QueueCounts {
  total: number;
  byChannel: Record<Channel, number>;
}

export interface AccountSummary {
  id: number;
  name: string;
  channel: Channel;
  connector: string;
  removalNotice: boolean;
  facebookRemoval: 'hide' | 'delete';
}

export interface AppInfo {
  councilName: string;
  mode: 'desktop' | 'browser';
  version: string;
  dataDir: string;
  /** The demo parish or a sample file was loaded at start (no first-run setup then). */
  sampleLoaded: boolean;
  /** The demo parish is open in front of this council's own record, which goes on running behind it. */
  demoInFront: { councilName: string } | null;
  accounts: AccountSummary[];
}

/** Which record the console is showing: the council's own, or the demo parish in front of it. */
export interface ShownRecord {
  showing: 'council' | 'demo';
}

/** After a removal for reason 8: the reply asking for a formal complaint or a report to the Police. */
export interface ComplaintFollowUp {
  text: string;
  /** Why the text could not be filled in completely (e.g. no complaints address in Settings). */
  problem: string | null;
}

export interface RemovalOutcome {
  item: ItemDetail;
  followUp: ComplaintFollowUp | null;
}

export interface BulkRemovalOutcome {
  removed: number[];
  skipped: { id: number; message: string }[];
}

export const contract = {
  'app:info': { input: z.strictObject({}), output: {} as AppInfo },
  'queue:list': { input: queueListInput, output: {} as QueuePage },
  'queue:counts': { input: queueCountsInput, output: {} as QueueCounts },
  /** Where these senders stand now (person, strikes, blocked), to bring every row of theirs up to date. */
  'queue:senders': {
    input: z.strictObject({ authorIds: z.array(authorId).max(2000) }),
    output: {} as SenderStanding[],
  },
  /** This operator's last five actions that can still be undone, newest first. */
  'actions:recentUndoable': { input: z.strictObject({}), output: {} as UndoableAction[] },
  /** Reverses exactly this action (one of actions:recentUndoable), recorded in the same transaction. */
  'action:undo': { input: z.strictObject({ actionId: z.number().int().positive() }), output: {} as UndoOutcome },
  'item:get': { input: z.strictObject({ id: itemId }), output: {} as ItemDetail },
  'item:markHandled': {
    input: z.strictObject({ id: itemId }),
    output: {} as ItemDetail,
  },
  'item:remove': {
    input: z.strictObject({ id: itemId, reasonId: policyReasonIdSchema, notice: z.boolean().optional() }),
    output: {} as RemovalOutcome,
  },
  'item:removeMany': {
    input: z.strictObject({ ids: z.array(itemId).min(1).max(1000), reasonId: policyReasonIdSchema }),
    output: {} as BulkRemovalOutcome,
  },
  'item:undoRemoval': { input: z.strictObject({ id: itemId }), output: {} as ItemDetail },
  'item:restore': { input: z.strictObject({ id: itemId }), output: {} as ItemDetail },
  'item:complaintReply': {
    input: z.strictObject({
      id: itemId,
      decision: z.enum(['send', 'skip']),
      text: z.string().trim().min(1).max(5000).optional(),
    }),
    output: {} as ItemDetail,
  },
  'policy:get': { input: z.strictObject({}), output: {} as PolicyView },
  /** Reads a policy file (.docx, .pdf, .md, .txt) for the clerk to check; nothing is saved. */
  'policy:import': { input: policyImportInput, output: {} as PolicyImportView },
  /** The council's own policy text, pasted or imported. */
  'policy:saveText': { input: councilPolicyInput, output: {} as CouncilPolicy },
  /** The desktop app's layout preferences (electron-store); browser mode keeps them in the browser instead. */
  'preferences:get': { input: z.strictObject({}), output: {} as ViewPreferences },
  'preferences:save': {
    input: z.strictObject({ changes: viewPreferencesSchema.partial().strict() }),
    output: {} as ViewPreferences,
  },
  /**
   * Opens the demo parish (Ashcombe's made-up messages) in a folder of its own, fresh each time, in front of the
   * council's record; the council's channels go on syncing behind it. Then the page reloads.
   */
  'demo:open': { input: z.strictObject({}), output: {} as ShownRecord },
  /** Back from the demo parish to the council's own record; the demo's folder is deleted. */
  'demo:close': { input: z.strictObject({}), output: {} as ShownRecord },
  'setup:get': { input: z.strictObject({}), output: {} as SetupView },
  /** A step of the first-run setup is done, or the whole setup is. */
  'setup:progress': {
    input: z.strictObject({ step: setupStepSchema.optional(), finished: z.boolean().optional() }),
    output: {} as SetupView,
  },
  'settings:updatePolicy': { input: policySettingsSchema.partial(), output: {} as PolicyView },
  'account:updateRemovalSettings': {
    input: z.strictObject({
      accountId: itemId,
      removalNotice: z.boolean().optional(),
      facebookRemoval: z.enum(['hide', 'delete']).optional(),
    }),
    output: {} as AccountSummary,
  },
  'settings:updateRepeatOffenders': { input: strikeSettingsSchema.partial(), output: {} as PolicyView },
  /** How many of the council's decisions the suggestions have learned from; forgetting them all. */
  'learning:get': { input: z.strictObject({}), output: {} as { decisions: number } },
  'learning:forget': { input: z.strictObject({}), output: {} as { forgotten: number; decisions: number } },
  'person:get': { input: z.strictObject({ id: personId }), output: {} as PersonHistory },
  /** Links a sender (and whoever is linked to them) into this person. */
  'person:link': { input: z.strictObject({ id: personId, authorId }), output: {} as PersonHistory },
  'person:split': { input: z.strictObject({ id: personId, authorId }), output: {} as PersonHistory },
  /** Turns down a suggested link; it is not offered again. */
  'person:notSame': { input: z.strictObject({ id: personId, authorId }), output: {} as PersonHistory },
  'person:note': {
    input: z.strictObject({ id: personId, text: z.string().trim().min(1).max(5000) }),
    output: {} as PersonHistory,
  },
  'person:block': { input: z.strictObject({ id: personId }), output: {} as PersonHistory },
  'person:unblock': {
    input: z.strictObject({ id: personId, reason: z.string().trim().min(3).max(1000) }),
    output: {} as PersonHistory,
  },
  /** Records a step of the data consent form: received (forwarding unredacted allowed), withdrawn, or none. */
  'person:consent': {
    input: z.strictObject({ id: personId, status: z.enum(['form-received', 'withdrawn', 'none']) }),
    output: {} as PersonHistory,
  },
  'person:findSenders': {
    input: z.strictObject({ text: z.string().trim().min(2).max(200) }),
    output: {} as SenderMatch[],
  },
  'templates:list': { input: z.strictObject({}), output: {} as CannedReplyView[] },
  'templates:history': { input: z.strictObject({ id: templateId }), output: {} as TemplateVersion[] },
  'templates:add': { input: templateInput, output: {} as CannedReplyView },
  'templates:edit': {
    input: templateInput.omit({ setsConsent: true }).extend({ id: templateId }),
    output: {} as CannedReplyView,
  },
  'templates:retire': { input: z.strictObject({ id: templateId }), output: {} as CannedReplyView },
  /** A template filled in for one item (what cannot be filled stays as {{placeholder}}, with the reason). */
  'reply:draft': { input: z.strictObject({ itemId, templateId }), output: {} as ReplyDraft },
  /** The exact outgoing reply and every check on it, before sending. */
  'reply:preview': {
    input: z.strictObject({ itemId, form: replyFormSchema, text: replyText }),
    output: {} as ReplyPreview,
  },
  'item:reply': {
    input: z.strictObject({
      id: itemId,
      form: replyFormSchema,
      text: replyText,
      templateId: templateId.optional(),
      /** Sends despite the outbound check; recorded with the reply. */
      overrideReason: z.string().trim().min(10).max(1000).optional(),
    }),
    output: {} as ItemDetail,
  },
  /** Tries a failed channel action again. */
  'outbox:retry': { input: z.strictObject({ id: z.number().int().positive() }), output: {} as ChannelActionState },
  'accounts:list': { input: z.strictObject({}), output: {} as AccountsOverview },
  'accounts:add': {
    input: z.strictObject({
      connector: connectorKindSchema,
      name: z.string().trim().min(1).max(120),
      settings: accountSettingsInput,
    }),
    output: {} as AccountView,
  },
  /** A secret left empty keeps the saved one. */
  'accounts:update': {
    input: z.strictObject({
      id: accountId,
      name: z.string().trim().min(1).max(120).optional(),
      settings: accountSettingsInput,
    }),
    output: {} as AccountView,
  },
  /** Tests a saved account (id) or settings before saving them (connector + settings). */
  'accounts:test': {
    input: z.strictObject({
      id: accountId.optional(),
      connector: connectorKindSchema.optional(),
      settings: accountSettingsInput.optional(),
    }),
    output: {} as { ok: boolean; message: string },
  },
  'accounts:pause': { input: z.strictObject({ id: accountId, paused: z.boolean() }), output: {} as AccountView },
  'accounts:remove': { input: z.strictObject({ id: accountId }), output: {} as AccountsOverview },
  'problems:list': { input: z.strictObject({}), output: {} as ProblemsView },
  /** The clerk has looked at a kept-aside payload; it stays in the record. */
  'problems:review': { input: z.strictObject({ id: z.number().int().positive() }), output: {} as ProblemsView },
  'operators:list': { input: z.strictObject({}), output: {} as OperatorsView },
  /** Who starts working now (recorded); answers with what happened since they were last here. */
  'operators:choose': {
    input: z.strictObject({ id: z.number().int().positive() }),
    output: {} as { view: OperatorsView; handover: HandoverSummary },
  },
  'operators:save': { input: operatorInput, output: {} as OperatorView },
  /** A note for the other operator, shown in their handover summary. */
  'handover:note': {
    input: z.strictObject({ toId: z.number().int().positive().optional(), text: z.string().trim().min(1).max(5000) }),
    output: {} as { id: number },
  },
  'addressBook:get': { input: z.strictObject({}), output: {} as AddressBook },
  'addressBook:save': { input: z.strictObject({ contacts: addressBookSchema }), output: {} as AddressBook },
  /** Exactly what the councillor or agency would receive, redacted unless consent allows otherwise. */
  'item:forwardPreview': { input: forwardInput, output: {} as ForwardPreview },
  'item:forward': { input: forwardInput, output: {} as ItemDetail },
  'outOfOffice:get': { input: z.strictObject({}), output: {} as OutOfOfficeSetting | null },
  'outOfOffice:save': { input: outOfOfficeInput, output: {} as OutOfOfficeSetting | null },
  'records:search': { input: recordsFilter, output: {} as RecordsPage },
  /** A date range of the record as CSV (items, actions, README) or one PDF report, for an FOI request. */
  'records:export': {
    /** One ZIP: items and actions as CSV, a README, and the PDF report when asked for. */
    input: z.strictObject({ filter: recordsFilter, includePdf: z.boolean() }),
    output: {} as ExportFile,
  },
  /** Everything held about one person, as a ZIP of JSON and a PDF. */
  'records:subjectAccess': { input: z.strictObject({ personId }), output: {} as SubjectAccessFile },
  'reports:figures': { input: reportInput, output: {} as ReportFigures },
  'reports:pdf': { input: reportInput, output: {} as ReportPdfFile },
  /** The requests an item looks like (FOI, subject access, complaint) and those it is logged under. */
  'requests:forItem': { input: z.strictObject({ itemId }), output: {} as ItemRequestsView },
  /** Logs an item as a request; an FOI request lacking a real name or address waits for them, clock stopped. */
  'requests:log': { input: requestLogInput, output: {} as RequestDetailView },
  'requests:step': {
    input: z.strictObject({ requestId: z.number().int().positive(), step: requestStepSchema }),
    output: {} as RequestDetailView,
  },
  /** Links another item (a clarification, the name and address, a follow-up) to a request. */
  'requests:link': {
    input: z.strictObject({
      requestId: z.number().int().positive(),
      itemId,
      role: z.enum(['clarification', 'name-and-address', 'identity', 'other']),
    }),
    output: {} as RequestDetailView,
  },
  'requests:list': {
    input: z.strictObject({ show: z.enum(['open', 'closed', 'all']).default('open') }),
    output: {} as RequestRowView[],
  },
  'requests:get': { input: z.strictObject({ id: z.number().int().positive() }), output: {} as RequestDetailView },
  /** Overdue requests and those due within five working days: the handover, the header and the badges. */
  'requests:summary': { input: z.strictObject({}), output: {} as RequestsSummary },
  'requests:closureDays': { input: z.strictObject({}), output: {} as ClosureDay[] },
  'requests:saveClosureDays': { input: z.strictObject({ days: closureDaysSchema }), output: {} as ClosureDay[] },
  'requests:report': { input: reportInput, output: {} as RequestsReport },
  /** The council's target for answering formal complaints (working days, or none). */
  'requests:settings': { input: z.strictObject({}), output: {} as RequestSettings },
  'requests:saveSettings': { input: requestSettingsSchema, output: {} as RequestSettings },
  /** What sending the subject access export will do (file, to, from, items to read first), before the clerk confirms. */
  'requests:subjectAccessPlan': {
    input: z.strictObject({ requestId: z.number().int().positive() }),
    output: {} as SubjectAccessPlan,
  },
  /** Makes the export, records it as the answer and emails it to the requester through the council's account. */
  'requests:sendSubjectAccess': { input: sendSubjectAccessInput, output: {} as RequestDetailView },
  'safekeeping:get': { input: z.strictObject({}), output: {} as SafekeepingView },
  'backup:now': {
    input: z.strictObject({ folder: z.string().trim().min(1).max(1000).optional() }),
    output: {} as { file: string; bytes: number },
  },
  'backup:check': {
    input: z.strictObject({ file: z.string().trim().min(1).max(1000) }),
    output: {} as BackupCheckView,
  },
  /** Checks the backup and puts it in place at the next start (nothing may have the database open then). */
  'backup:restore': {
    input: z.strictObject({ file: z.string().trim().min(1).max(1000) }),
    output: {} as { message: string },
  },
  /** The folders (and backups) in a folder inside the clerk's home folder: browser mode's own chooser. */
  'folders:list': { input: folderListInput, output: {} as FolderListing },
  /** The system's own dialog for a backup folder or file; desktop only. null: the clerk cancelled. */
  'folders:choose': { input: folderChoiceInput, output: {} as { path: string | null } },
  'rules:list': { input: z.strictObject({}), output: {} as RulesView },
  'rules:create': { input: ruleDefinitionSchema, output: {} as RuleView },
  'rules:update': { input: ruleDefinitionSchema.extend({ id: z.number().int().positive() }), output: {} as RuleView },
  /** The rule goes; what it did stays in the record (and can still be undone on each item). */
  'rules:delete': { input: z.strictObject({ id: z.number().int().positive() }), output: {} as RulesView },
  /** What the conditions would have matched over the last 30 days, before the rule is saved. */
  'rules:dryRun': { input: z.strictObject({ conditions: ruleConditionsSchema }), output: {} as DryRunResult },
  'rules:saveOfficeHours': { input: officeHoursSchema, output: {} as RulesView },
  'retention:save': { input: retentionInput, output: {} as SafekeepingView },
  'retention:purgeNow': {
    input: z.strictObject({}),
    output: {} as { removedItems: number; oldItems: number; sendersCleared: number },
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
