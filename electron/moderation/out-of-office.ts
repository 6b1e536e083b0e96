// The out-of-office answer: sent by email once per sender per period, recorded like any reply.
import { ukCalendarDate } from '../api/uk-time';
import { outOfOfficeInput, type OutOfOfficeSetting } from '../api/out-of-office';
import { unattendedSignOff } from '../core/canned-replies';
import { fillTemplate } from '../core/render-template';
import type { Store } from '../store/store';
import { readPolicySettings } from './council-settings';
import { sendReply } from './replies';
import { write, type Writer } from './write';

const key = 'outOfOffice';
export const outOfOfficeOperator = 'Out of office (automatic)';

const outOfOfficeSchema = outOfOfficeInput;
export type OutOfOffice = OutOfOfficeSetting;

export function readOutOfOffice(store: Store): OutOfOffice | null {
  const parsed = outOfOfficeSchema.safeParse(store.settings.get(key));
  return parsed.success ? parsed.data : null;
}

export function writeOutOfOffice(store: Store, setting: OutOfOffice, now: string): void {
  store.settings.set(key, setting, now);
}

export function outOfOfficeActive(
  setting: OutOfOffice | null,
  at: string,
): setting is OutOfOffice & { templateId: number } {
  if (!setting?.enabled || setting.templateId === null) return false;
  // A UK day: mail at 23:30 UTC on the last summer evening of the period arrives after it ends.
  const day = ukCalendarDate(at);
  return day >= setting.from && day <= setting.to;
}

/** Automatic mail must not be answered automatically (RFC 3834): no answers to no-reply or system senders. */
const automaticSender = /^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounce[s]?)(?:[+.@-]|$)/i;

/**
 * Answers new emails that arrived during the period, once per sender per period. Returns how many
 * answers were queued; each is a write of its own (an action with its outbox row), as a clerk's reply would be.
 */
export function answerOutOfOffice(writer: Writer, itemIds: readonly number[], councilName: string): number {
  const { store } = writer;
  const setting = readOutOfOffice(store);
  let sent = 0;
  for (const id of itemIds) {
    const row = store.items.get(id);
    if (
      !row ||
      row.channel !== 'email' ||
      row.from_council === 1 ||
      !row.author_email ||
      automaticSender.test(row.author_email)
    )
      continue;
    if (!outOfOfficeActive(setting, row.received_at)) continue;
    if (store.actions.repliedToSince(outOfOfficeOperator, `${setting.from}T00:00:00.000Z`, row.author_email)) continue;
    const template = store.templates.get(setting.templateId);
    if (!template || template.retiredAt) continue;
    const settings = readPolicySettings(store, councilName);
    const filled = fillTemplate(template.text, {
      senderName: /\p{L}/u.test(row.author_name) ? row.author_name : '',
      councilName: settings.councilName,
      clerkEmail: settings.clerkEmail,
      policyUrl: settings.policyUrl,
      consentFormUrl: settings.consentFormUrl,
      operatorName: unattendedSignOff,
    });
    // An answer that cannot be filled in is not sent half-made; the clerk sees the email as usual.
    if (filled.problem) continue;
    const result = write(
      writer,
      (change) =>
        sendReply(change, row, {
          form: 'email',
          text: filled.text,
          templateId: template.id,
          councilName,
          automatic: 'out-of-office',
        }),
      { operator: outOfOfficeOperator },
    );
    if (result.ok) sent++;
  }
  return sent;
}
