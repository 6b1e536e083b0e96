// One item with everything the detail pane shows: context, record, channel actions, removal options.
import { channelNames, kindNames, type ItemDetail } from '../api/domain';
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
      ),
    ),
    outbox: outbox.map(({ id: entryId, operation, state, attempts, lastError }) => ({
      id: entryId,
      operation,
      state,
      attempts,
      lastError,
    })),
    removalOptions: {
      description: describeRemoval(channelNames[row.channel], kindNames[row.kind], capabilities, settings),
      channelCanRemove: capabilities.removal !== 'record-only',
      restorable: capabilities.canRestore && !(row.channel === 'facebook' && settings.facebookRemoval === 'delete'),
      noticeAvailable: capabilities.removalNotice,
      noticeByDefault: capabilities.removalNotice && settings.removalNotice,
    },
    replyForms: replyFormOptions(store, row, context.now(), recorded),
    suggestions: context.suggestions.all({
      text: row.text,
      subject: row.subject,
      kind: row.kind,
      channel: row.channel,
    }),
  });
}
