// One item with everything the detail pane shows: context, record, channel actions, removal options.
import { channelNames, kindNames, type ItemDetail, type ReasonSuggestion } from '../api/domain';
import type { RuleRunRow } from '../store/rules-repo';
import { ok, type Envelope } from '../api/envelope';
import { kindCapabilities } from '../channels/capabilities';
import { describeRemoval } from '../core/removal-plan';
import { removalSettingsOf } from '../moderation/account-settings';
import { strikeCountsFor } from '../moderation/repeat-offenders';
import { replyFormOptions } from '../moderation/replies';
import { notInRecord } from '../moderation/write';
import { toActionRecord } from './action-summary';
import { refuse, type HandlerContext } from './context';
import { toQueueItem } from './item-mapping';
import { ruleEffectView } from './rule-words';

const threadLimit = 200;

export function itemDetail(context: HandlerContext, id: number): Envelope<ItemDetail> {
  const { store, policy } = context;
  const row = store.items.get(id);
  if (!row) return refuse(notInRecord('Item', id, 'It may have been purged; reload the queue.'));
  const parent = row.parent_external_id ? store.items.byExternalId(row.account_id, row.parent_external_id) : null;
  const thread = row.thread_id
    ? store.items.thread(row.account_id, row.thread_id, threadLimit).filter((other) => other.id !== row.id)
    : [];
  const capabilities = kindCapabilities(row.channel, row.kind);
  const settings = removalSettingsOf(store, row.account_id);
  const outbox = store.outbox.forItem(row.id);
  const recorded = store.actions.listForItem(row.id);
  const runs = store.rules.standingFor(row.id);
  const strikes = strikeCountsFor(store, [row, ...(parent ? [parent] : []), ...thread], context.now());
  return ok({
    ...toQueueItem(row, policy, strikes),
    externalId: row.external_id,
    author: {
      id: row.author_id,
      name: row.author_name,
      handle: row.author_handle,
      channel: row.channel,
      externalId: row.author_external_id,
      email: row.author_email,
      phone: row.author_phone,
    },
    html: row.html,
    url: row.url,
    parentExternalId: row.parent_external_id,
    parent: parent ? toQueueItem(parent, policy, strikes) : null,
    thread: thread.map((other) => toQueueItem(other, policy, strikes)),
    actions: recorded.map((action) =>
      toActionRecord(
        action,
        policy,
        outbox.filter((entry) => entry.actionId === action.id),
        { channel: row.channel, now: context.now() },
      ),
    ),
    outbox: outbox.map(({ id: entryId, operation, state, attempts, lastError, updatedAt }) => ({
      id: entryId,
      operation,
      state,
      attempts,
      lastError,
      updatedAt,
    })),
    removalOptions: {
      description: describeRemoval(channelNames[row.channel], kindNames[row.kind], capabilities, settings),
      channelCanRemove: capabilities.removal !== 'record-only',
      restorable: capabilities.canRestore && !(row.channel === 'facebook' && settings.facebookRemoval === 'delete'),
      noticeAvailable: capabilities.removalNotice,
      noticeByDefault: capabilities.removalNotice && settings.removalNotice,
    },
    replyForms: replyFormOptions(store, row, context.now(), recorded),
    suggestions: withRuleSuggestions(
      context.suggestions.all({ text: row.text, subject: row.subject, kind: row.kind, channel: row.channel }),
      runs,
    ),
    ruleEffects: runs.map((run) =>
      ruleEffectView(
        run,
        policy,
        row.channel,
        run.draft_template_id === null ? null : store.templates.get(run.draft_template_id),
      ),
    ),
  });
}

/** A reason a rule suggests comes first, unless the suggestion rules already give it (then it says so too). */
function withRuleSuggestions(suggestions: ReasonSuggestion[], runs: readonly RuleRunRow[]): ReasonSuggestion[] {
  const result = [...suggestions];
  for (const run of runs) {
    const reasonId = run.suggested_reason_id;
    if (!reasonId) continue;
    const evidence = `Suggested by rule “${run.rule_name}”`;
    const found = result.findIndex((suggestion) => suggestion.reasonId === reasonId);
    if (found >= 0) {
      const existing = result[found];
      if (existing) result[found] = { ...existing, evidence: [evidence, ...existing.evidence] };
    } else result.unshift({ reasonId, confidence: 'high', evidence: [evidence], source: 'rule' });
  }
  return result;
}
