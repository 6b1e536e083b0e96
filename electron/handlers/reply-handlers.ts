// templates:*, reply:*, item:reply, outbox:retry — canned replies sent through each channel.
import { deliveryWords } from '../api/channel-words';
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import type { CannedReplyView } from '../api/replies';
import { fillTemplate } from '../core/render-template';
import {
  addTemplate,
  editTemplate,
  retireTemplate,
  toCannedReplyView,
  type TemplateResult,
} from '../moderation/canned-replies';
import { readPolicySettings } from '../moderation/council-settings';
import { currentOperator } from '../moderation/operators';
import { previewReply, sendReply } from '../moderation/replies';
import { notInRecord, write, type Write } from '../moderation/write';
import { refuse, type HandlerContext } from './context';
import { itemDetail } from './item-detail';

type ReplyMethods =
  | 'templates:list'
  | 'templates:history'
  | 'templates:add'
  | 'templates:edit'
  | 'templates:retire'
  | 'reply:draft'
  | 'reply:preview'
  | 'item:reply'
  | 'outbox:retry';

const missingItem = (id: number) => refuse(notInRecord('Item', id));

export function replyHandlers(context: HandlerContext): Pick<HandlerMap, ReplyMethods> {
  const { store } = context;
  const councilName = () => context.defaults.councilName;
  const template = (work: (change: Write) => TemplateResult) => {
    const result = write(context, work);
    if (!result.ok) return fail(result.code, result.message);
    return ok(
      toCannedReplyView(
        store.templates.get(result.id) as NonNullable<ReturnType<typeof store.templates.get>>,
      ) satisfies CannedReplyView,
    );
  };

  return {
    'templates:list': () => ok(store.templates.list().map(toCannedReplyView)),
    'templates:history': ({ id }) =>
      ok(
        store.templates
          .history(id)
          .map(({ version, name, text, operator, createdAt }) => ({ version, name, text, operator, at: createdAt })),
      ),
    'templates:add': (input) => template((change) => addTemplate(change, input)),
    'templates:edit': ({ id, ...edit }) => template((change) => editTemplate(change, id, edit)),
    'templates:retire': ({ id }) => template((change) => retireTemplate(change, id)),
    'reply:draft': ({ itemId, templateId }) => {
      const row = store.items.get(itemId);
      if (!row) return missingItem(itemId);
      const chosen = store.templates.get(templateId);
      if (!chosen || chosen.retiredAt)
        return fail('not_found', 'That canned reply is not available any more. Choose another.');
      const settings = readPolicySettings(store, councilName());
      const variables = {
        // A sender known only by a number has no name to greet them by.
        senderName: /\p{L}/u.test(row.author_name) ? row.author_name : '',
        councilName: settings.councilName,
        clerkEmail: settings.clerkEmail,
        policyUrl: settings.policyUrl,
        consentFormUrl: settings.consentFormUrl,
        operatorName: context.operator(),
      };
      return ok(
        fillTemplate(chosen.text, variables, (problems) =>
          problems
            .map(({ variable, problem }) =>
              problem === 'unknown'
                ? `{{${variable}}} is not a variable the console knows: edit the text`
                : variable === 'senderName'
                  ? 'The sender has no name on this channel: write the greeting yourself'
                  : `{{${variable}}} has no value yet: fill it in under Policy settings, or edit the text`,
            )
            .join('; '),
        ),
      );
    },
    'reply:preview': ({ itemId, form, text }) => {
      const row = store.items.get(itemId);
      if (!row) return missingItem(itemId);
      return ok(previewReply(store, row, form, text, context.now(), councilName(), currentOperator(store).signature));
    },
    'item:reply': ({ id, form, text, templateId, overrideReason }) => {
      const row = store.items.get(id);
      if (!row) return missingItem(id);
      const result = write(context, (change) => {
        const sent = sendReply(change, row, {
          form,
          text,
          templateId,
          overrideReason,
          councilName: councilName(),
          signature: currentOperator(store).signature,
        });
        if (sent.ok) change.changed([id]);
        return sent;
      });
      return result.ok ? itemDetail(context, id) : fail(result.code, result.message);
    },
    'outbox:retry': ({ id }) => {
      const entry = store.outbox.get(id);
      if (!entry) return fail('not_found', 'That channel action is no longer on record; reload the item.');
      if (entry.state !== 'failed')
        return fail(
          'conflict',
          `There is nothing to retry: ${deliveryWords(entry.state, entry.lastError).toLowerCase()}.`,
        );
      write(context, (change) => {
        change.store.outbox.retry(id, change.now);
        change.publish({ type: 'outbox:changed', itemIds: entry.itemId === null ? [] : [entry.itemId] });
      });
      const after = store.outbox.get(id) ?? entry;
      return ok({
        id: after.id,
        operation: after.operation,
        state: after.state,
        attempts: after.attempts,
        lastError: after.lastError,
        updatedAt: after.updatedAt,
      });
    },
  };
}
