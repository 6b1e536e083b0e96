import { describe, expect, it } from 'vitest';
import { channelOperation } from '../../../testing/support/channel-operation';
import { parseSampleFile } from '../../core/sample-file';
import { smallSample } from '../../../testing/support/small-sample';
import { DemoConnector } from './demo-connector';

const parsed = parseSampleFile(smallSample());
if (!parsed.ok) throw new Error(parsed.message);
const items = parsed.items;

describe('DemoConnector', () => {
  it("polls its own channel's items from the cursor on", async () => {
    const facebook = new DemoConnector('facebook', items, 'abc');
    const first = await facebook.poll(null);
    expect(first.items.map((item) => item.externalId)).toEqual(['post_1', 'post_1_c1', 'post_1_c2']);
    expect(first).toMatchObject({ nextCursor: 'abc:3', more: false });
    expect((await facebook.poll('abc:3')).items).toEqual([]);
  });

  it('starts again from the beginning on a cursor from another sample', async () => {
    expect((await new DemoConnector('email', items, 'new').poll('old:2')).items).toHaveLength(2);
  });

  it("performs each idempotency key once and declares the real channel's capabilities", async () => {
    const sms = new DemoConnector('sms', items, 'abc');
    const operation = channelOperation('reply', { form: 'sms', to: '+447700900001', text: 'Hello' }, 'k', 'x');
    await sms.perform(operation);
    await sms.perform(operation);
    expect(sms.performed.size).toBe(1);
    expect(sms.capabilities.kinds.sms?.removal).toBe('record-only');
    expect(sms.capabilities.block).toBe('local-blocklist');
  });
});
