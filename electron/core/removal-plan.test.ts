import { describe, expect, it } from 'vitest';
import { channelCapabilities } from '../channels/capabilities';
import type { KindCapabilities } from '../api/capabilities';
import {
  defaultAccountRemovalSettings as defaults,
  describeRemoval,
  planRemoval,
  restoreOperation,
} from './removal-plan';

const caps = (channel: keyof typeof channelCapabilities, kind: string): KindCapabilities => {
  const found = (channelCapabilities[channel].kinds as Record<string, KindCapabilities | undefined>)[kind];
  if (!found) throw new Error(`${channel} has no ${kind}`);
  return found;
};
const attack = { id: 'personal-attack' as const, removalNotice: true };
const spam = { id: 'commercial-spam' as const, removalNotice: false };

describe('planRemoval: capability to channel action', () => {
  it('hides a Facebook comment, or deletes it when the account says so', () => {
    expect(planRemoval('facebook', caps('facebook', 'comment'), defaults, attack)).toEqual({
      operation: 'hide',
      postNotice: true,
      restorable: true,
    });
    expect(
      planRemoval('facebook', caps('facebook', 'comment'), { ...defaults, facebookRemoval: 'delete' }, attack),
    ).toEqual({
      operation: 'delete',
      postNotice: true,
      restorable: false,
    });
  });

  it('hides an X reply', () => {
    expect(planRemoval('x', caps('x', 'mention'), defaults, attack).operation).toBe('hide');
  });

  it('moves an email to the Removed folder, with no public notice', () => {
    expect(planRemoval('email', caps('email', 'email'), defaults, attack)).toEqual({
      operation: 'move-to-folder',
      postNotice: false,
      restorable: true,
    });
  });

  it('sends a website comment to the bin, or to spam for reason 7', () => {
    expect(planRemoval('website', caps('website', 'comment'), defaults, attack).operation).toBe('trash');
    expect(planRemoval('website', caps('website', 'comment'), defaults, spam).operation).toBe('spam');
  });

  it('only takes SMS and direct messages out of the queue', () => {
    for (const [channel, kind] of [
      ['sms', 'sms'],
      ['x', 'dm'],
      ['facebook', 'message'],
    ] as const) {
      expect(planRemoval(channel, caps(channel, kind), defaults, attack)).toEqual({
        operation: null,
        postNotice: false,
        restorable: false,
      });
    }
  });

  it('posts the removal notice by account default and reason, overridable per removal, never where impossible', () => {
    const comment = caps('facebook', 'comment');
    expect(planRemoval('facebook', comment, defaults, spam).postNotice).toBe(false);
    expect(planRemoval('facebook', comment, defaults, spam, true).postNotice).toBe(true);
    expect(planRemoval('facebook', comment, { ...defaults, removalNotice: false }, attack).postNotice).toBe(false);
    expect(planRemoval('facebook', comment, defaults, attack, false).postNotice).toBe(false);
    expect(planRemoval('sms', caps('sms', 'sms'), defaults, attack, true).postNotice).toBe(false);
  });
});

describe('restoreOperation', () => {
  it('reverses every removal the channel can reverse, and not a deletion', () => {
    expect(restoreOperation('hide')).toBe('unhide');
    expect(restoreOperation('move-to-folder')).toBe('move-back');
    expect(restoreOperation('trash')).toBe('untrash');
    expect(restoreOperation('spam')).toBe('unspam');
    expect(restoreOperation('delete')).toBeNull();
  });
});

describe('describeRemoval', () => {
  it('says plainly when a channel cannot remove the item', () => {
    expect(describeRemoval('SMS', 'Text message', caps('sms', 'sms'), defaults)).toBe(
      'SMS does not let the council remove a text message: removing takes it out of the queue and keeps it in the record.',
    );
    expect(
      describeRemoval('Facebook', 'Comment', caps('facebook', 'comment'), { ...defaults, facebookRemoval: 'delete' }),
    ).toContain('cannot be reversed');
  });
});
