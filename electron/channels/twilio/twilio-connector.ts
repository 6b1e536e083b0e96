// The SMS channel: texts to the council's Twilio number, and the council's replies sent from it.
import { z } from 'zod';
import { channelOperationNames } from '../../api/capabilities';
import { councilNumber } from '../../api/council-number';
import { channelCapabilities } from '../capabilities';
import { ChannelError, failureOf } from '../channel-error';
import { unhandledOperation } from '../channel-operations';
import type { ChannelOperation, Connector, PerformResult, PollResult, VerifyResult } from '../connector';
import { TwilioApi, type TwilioConfig } from './twilio-http';
import { dayOf, positionFrom, readMessages } from './twilio-message';
import { SmsReplies } from './twilio-reply';

export type { TwilioConfig } from './twilio-http';

const pageSize = 100;
const firstSyncDays = 30;
const firstSyncLimit = 500;
/** Far beyond a council's SMS in one poll; a guard against a next_page_uri that never ends. */
const maxPages = 100;
const dayMs = 24 * 60 * 60 * 1000;

const pageSchema = z.object({ messages: z.array(z.unknown()), next_page_uri: z.string().nullish() });
const accountSchema = z.object({ friendly_name: z.string(), status: z.string() });
// https://www.twilio.com/docs/phone-numbers/api/incomingphonenumber-resource — capabilities.sms: the number can send and receive texts.
const numbersSchema = z.object({
  incoming_phone_numbers: z.array(
    z.object({ capabilities: z.object({ sms: z.boolean().optional() }).partial().optional() }).passthrough(),
  ),
});

export class TwilioConnector implements Connector {
  readonly connector = 'twilio';
  readonly channel = 'sms' as const;
  readonly capabilities = channelCapabilities.sms;
  private readonly api: TwilioApi;
  private readonly replies: SmsReplies;

  constructor(private readonly config: TwilioConfig) {
    this.api = new TwilioApi(config);
    this.replies = new SmsReplies(this.api, config.number);
  }

  /** Everything sent to the council's number since the cursor's day, in one go: Twilio lists newest first. */
  async poll(cursor: string | null): Promise<PollResult> {
    const saved = positionFrom(cursor);
    const from = saved ?? { day: dayOf(new Date(this.api.now().getTime() - firstSyncDays * dayMs)), seen: [] };
    const limit = saved ? Number.POSITIVE_INFINITY : firstSyncLimit;
    const batch = readMessages((await this.messagesSince(from.day, limit)).slice(0, limit), from);
    return { items: batch.items, rejected: batch.rejected, nextCursor: JSON.stringify(batch.next), more: false };
  }

  async perform(operation: ChannelOperation): Promise<PerformResult> {
    try {
      switch (operation.operation) {
        case 'reply':
          return { ok: true, reference: await this.replies.send(operation) };
        case 'hide':
        case 'unhide':
        case 'delete':
        case 'trash':
        case 'untrash':
        case 'spam':
        case 'unspam':
        case 'move-to-folder':
        case 'move-back':
        case 'post-notice':
        case 'delete-notice':
        case 'block':
        case 'unblock':
        case 'mute':
        case 'unmute':
        case 'forward':
        case 'send-file': {
          const name = channelOperationNames[operation.operation] ?? operation.operation;
          throw new ChannelError(
            'rejected',
            `Twilio cannot "${name}" a text message: removing takes it out of the queue but it stays on the phone and on Twilio, and blocking uses the console's own block list.`,
          );
        }
        default:
          return unhandledOperation(operation);
      }
    } catch (error) {
      if (error instanceof ChannelError) return failureOf(error);
      throw error;
    }
  }

  async verify(): Promise<VerifyResult> {
    const checked = councilNumber(this.config.number);
    if (!checked.ok) return { ok: false, message: `The council's number: ${checked.message}` };
    const number = checked.e164;
    try {
      const { body } = await this.api.call('GET', this.api.accountPath('.json'));
      const account = accountSchema.safeParse(body);
      if (!account.success) return { ok: false, message: 'Twilio answered with an account the console cannot read.' };
      const name = account.data.friendly_name;
      if (account.data.status !== 'active')
        return {
          ok: false,
          message: `The Twilio account ${name} is ${account.data.status}: reactivate it in the Twilio Console.`,
        };
      const owned = await this.api.call('GET', this.api.accountPath('/IncomingPhoneNumbers.json'), {
        query: { PhoneNumber: number },
      });
      const numbers = numbersSchema.safeParse(owned.body);
      if (numbers.success && numbers.data.incoming_phone_numbers.length === 0) {
        return {
          ok: false,
          message: `${number} is not a number of the Twilio account ${name}: check the council's number.`,
        };
      }
      if (numbers.success && numbers.data.incoming_phone_numbers.every((owned) => owned.capabilities?.sms === false)) {
        return {
          ok: false,
          message: `${number} cannot receive texts on Twilio (a voice-only number): the council needs a UK number able to receive SMS, usually a mobile (+447…).`,
        };
      }
      return { ok: true, detail: `Connected to Twilio account ${name}, number ${number}.` };
    } catch (error) {
      if (error instanceof ChannelError) return { ok: false, message: error.message };
      throw error;
    }
  }

  // https://www.twilio.com/docs/messaging/api/message-resource#read-multiple-message-resources — sorted by
  // DateSent, newest first; DateSent>=YYYY-MM-DD is "on or after midnight UTC"; next_page_uri carries the PageToken.
  private async messagesSince(day: string, limit: number): Promise<unknown[]> {
    const payloads: unknown[] = [];
    let path: string | null = this.api.accountPath('/Messages.json');
    let query: Record<string, string | number> = { To: this.config.number, 'DateSent>': day, PageSize: pageSize };
    for (let pages = 0; path !== null && payloads.length < limit; pages++) {
      if (pages === maxPages)
        throw new ChannelError(
          'unexpected',
          `Twilio kept listing pages of messages since ${day}; the console stopped after ${maxPages}.`,
        );
      const { body } = await this.api.call('GET', path, { query });
      const page = pageSchema.safeParse(body);
      if (!page.success)
        throw new ChannelError(
          'unexpected',
          'Twilio answered the message list with something the console cannot read.',
        );
      payloads.push(...page.data.messages);
      path = page.data.next_page_uri ? relativeUri(page.data.next_page_uri) : null;
      query = {};
    }
    return payloads;
  }
}

/** next_page_uri is relative to the API host; an absolute one is kept on the configured host (a test server, a proxy). */
function relativeUri(uri: string): string {
  if (uri.startsWith('/')) return uri;
  const url = new URL(uri);
  return `${url.pathname}${url.search}`;
}
