import { describe, expect, it } from 'vitest';
import { smallSample } from '../../testing/support/small-sample';
import { parseSampleFile } from './sample-file';

describe('parseSampleFile', () => {
  it('turns a valid sample into incoming items, times in UTC', () => {
    const result = parseSampleFile(smallSample());
    if (!result.ok) throw new Error(result.message);
    expect(result.items).toHaveLength(7);
    const email = result.items[3];
    expect(email?.receivedAt).toBe('2026-11-03T06:30:00.000Z');
    expect(email?.author).toEqual({
      externalId: 'ruth.m@example.net',
      name: 'Ruth Marlow',
      handle: null,
      email: 'ruth.m@example.net',
      phone: null,
    });
    expect(result.items[0]?.fromCouncil).toBe(true);
    expect(result.items[1]?.parentExternalId).toBe('post_1');
  });

  it('names the item index and the field of the first problem', () => {
    const sample = smallSample();
    (sample.items[4] as Record<string, unknown>).receivedAt = 'last Tuesday';
    expect(parseSampleFile(sample)).toEqual({
      ok: false,
      message: 'items[4].receivedAt: must be an ISO 8601 date and time, e.g. 2026-11-03T09:41:00Z',
    });
  });

  it('names a missing author field', () => {
    const sample = smallSample();
    delete (sample.items[2]?.author as Record<string, unknown>).name;
    const result = parseSampleFile(sample);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^items\[2\]\.author\.name: /);
  });

  it('refuses a kind that the channel does not carry', () => {
    const sample = smallSample();
    (sample.items[5] as Record<string, unknown>).kind = 'mention';
    const result = parseSampleFile(sample);
    expect(!result.ok && result.message).toBe('items[5].kind: "mention" is not a kind of sms item (expected sms)');
  });

  it('refuses the same id twice on one channel, but allows it on two channels', () => {
    const sample = smallSample();
    sample.items.push({ ...sample.items[1], text: 'copy' });
    expect(parseSampleFile(sample)).toEqual({
      ok: false,
      message: 'items[7].id: "post_1_c1" is used twice on facebook (first at items[1])',
    });
    const other = smallSample();
    other.items.push({ ...other.items[5], channel: 'x', kind: 'dm' });
    expect(parseSampleFile(other).ok).toBe(true);
  });

  it('refuses unknown fields, unknown reasons and a file without items', () => {
    const sample = smallSample();
    (sample.items[0] as Record<string, unknown>).colour = 'red';
    expect(parseSampleFile(sample).ok).toBe(false);
    const reasons = smallSample();
    (reasons.items[1] as Record<string, unknown>).expectedReasons = ['rudeness'];
    expect(!parseSampleFile(reasons).ok && (parseSampleFile(reasons) as { message: string }).message).toMatch(
      /^items\[1\]\.expectedReasons\[0\]: /,
    );
    expect(parseSampleFile({ posts: [] })).toMatchObject({ ok: false });
    expect(parseSampleFile(null)).toMatchObject({ ok: false, message: expect.stringMatching(/^the file: /) });
  });
});
