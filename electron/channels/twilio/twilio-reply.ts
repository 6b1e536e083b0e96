// Sending the council's SMS replies through Twilio, never twice for one operation.
import { z } from 'zod';
import { ChannelError } from '../channel-error';
import type { ChannelOperation, OperationPayload } from '../channel-operations';
import type { TwilioApi } from './twilio-http';
import { twilioDate } from './twilio-message';

const dayMs = 24 * 60 * 60 * 1000;
const createdSchema = z.object({ sid: z.string().min(1) });
const answeredSchema = z.object({ date_sent: twilioDate.nullable() });
const sentSchema = z.object({ sid: z.string(), body: z.string(), direction: z.string(), date_created: twilioDate });
const listSchema = z.object({ messages: z.array(z.unknown()) });

export class SmsReplies {
  /** Replies this process sent, by idempotency key: a quick retry needs no lookup, and another key's SMS is never taken for this one. */
  private readonly sentByKey = new Map<string, string>();

  constructor(
    private readonly api: TwilioApi,
    private readonly councilNumber: string,
  ) {}

  async send(operation: ChannelOperation & { payload: OperationPayload<'reply'> }): Promise<string> {
    const { payload } = operation;
    if (payload.form !== 'sms') throw new ChannelError('rejected', 'A text message can only be answered by SMS.');
    const to = typeof payload.to === 'string' ? payload.to.trim() : '';
    if (to === '') throw new ChannelError('rejected', 'The sender has no phone number to reply to.');
    const text = typeof payload.text === 'string' ? payload.text : '';
    if (text.trim() === '') throw new ChannelError('rejected', 'There is no text to send by SMS.');

    const known = this.sentByKey.get(operation.idempotencyKey);
    if (known) return known;
    // Twilio has no idempotency key for messages: look for this reply having gone out before (a retry after a lost answer).
    const already = await this.findSent(
      to,
      text,
      await this.answeredAt(payload.externalId ?? operation.itemExternalId),
    );
    if (already) {
      this.sentByKey.set(operation.idempotencyKey, already);
      return already;
    }
    // https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource — form-encoded To, From, Body.
    const answer = await this.api.send('POST', this.api.accountPath('/Messages.json'), {
      form: { To: to, From: this.councilNumber, Body: text },
    });
    if (answer.status < 200 || answer.status >= 300) throw this.api.refusal(answer, to);
    const created = createdSchema.safeParse(answer.body);
    if (!created.success) throw new ChannelError('unexpected', 'Twilio accepted the SMS but did not give its id.');
    this.sentByKey.set(operation.idempotencyKey, created.data.sid);
    return created.data.sid;
  }

  /** When the text being answered arrived: the same words sent before then answered something else. */
  private async answeredAt(externalId: unknown): Promise<number | null> {
    if (typeof externalId !== 'string' || externalId === '') return null;
    const answer = await this.api.send('GET', this.api.accountPath(`/Messages/${encodeURIComponent(externalId)}.json`));
    if (answer.status === 404) return null;
    if (answer.status < 200 || answer.status >= 300) throw this.api.refusal(answer);
    const answered = answeredSchema.safeParse(answer.body);
    return answered.success && answered.data.date_sent ? Date.parse(answered.data.date_sent) : null;
  }

  /** The council's SMS to `to` with these words from the last day (and after the text it answers), not claimed by another key. */
  private async findSent(to: string, text: string, answeredAt: number | null): Promise<string | null> {
    // No DateSent filter: a reply still queued has no date_sent yet, and it is exactly the one a quick retry must find.
    const { body } = await this.api.call('GET', this.api.accountPath('/Messages.json'), {
      query: { From: this.councilNumber, To: to, PageSize: 50 },
    });
    const list = listSchema.safeParse(body);
    const since = Math.max(this.api.now().getTime() - dayMs, answeredAt ?? 0);
    const claimed = new Set(this.sentByKey.values());
    for (const candidate of list.success ? list.data.messages : []) {
      const sent = sentSchema.safeParse(candidate);
      if (!sent.success || !sent.data.direction.startsWith('outbound') || claimed.has(sent.data.sid)) continue;
      if (sent.data.body.trim() === text.trim() && Date.parse(sent.data.date_created) >= since) return sent.data.sid;
    }
    return null;
  }
}
