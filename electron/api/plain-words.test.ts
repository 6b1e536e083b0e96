import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionCount, actionKindName, actionKinds, countOf } from './action-words';
import { channelActionWords, channelOperations, deliveryWords, itemKindName } from './channel-words';
import { channelOperationNames } from './capabilities';
import { kindsByChannel, type Channel } from './domain';
import { findInternalWords, internalWords } from './internal-words';

const electronDir = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The text of a call's arguments, from the opening parenthesis to its match. */
function argumentsAt(source: string, open: number): string {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    if (source[index] === '(') depth += 1;
    if (source[index] === ')' && --depth === 0) return source.slice(open + 1, index);
  }
  return source.slice(open + 1);
}

const literals = (text: string): string[] =>
  [...text.matchAll(/'([a-z]+(?:-[a-z]+)*)'/g)].map((match) => match[1] ?? '');

/** Every action kind the backend's source writes: `kind:` of each actions.append, kind maps, kind types, SQL inserts. */
function kindsWrittenBySource(): Set<string> {
  const kinds = new Set<string>();
  for (const file of sourceFiles(electronDir)) {
    const source = readFileSync(file, 'utf8');
    if (!/actions\.append\(|change\.record\(|INSERT INTO actions/.test(source)) continue;
    // Writes go through store.actions.append or moderation/write's change.record.
    for (const call of source.matchAll(/actions\.append\(|change\.record\(/g)) {
      const args = argumentsAt(source, (call.index ?? 0) + call[0].length - 1);
      const kindExpression = /\bkind:\s*([^,\n}]+)/.exec(args)?.[1] ?? '';
      for (const kind of literals(kindExpression)) kinds.add(kind);
    }
    for (const map of source.matchAll(/const kind = \{([^}]*)\}/g))
      for (const kind of literals((map[1] ?? '').replace(/'[^']*':/g, ''))) kinds.add(kind);
    for (const type of source.matchAll(/type \w*Kind = ([^;]+);/g))
      for (const kind of literals(type[1] ?? '')) kinds.add(kind);
    for (const insert of source.matchAll(/INSERT INTO actions[^`]*?VALUES \(([^)]*)\)/g))
      for (const kind of literals(insert[1] ?? '')) kinds.add(kind);
  }
  return kinds;
}

describe('action kinds', () => {
  it('are exactly the kinds the backend writes to the record', () => {
    const written = kindsWrittenBySource();
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((kind) => !(actionKinds as readonly string[]).includes(kind))).toEqual([]);
    expect(actionKinds.filter((kind) => !written.has(kind))).toEqual([]);
  });

  it('each have clerk words, with no internal word in them', () => {
    for (const kind of actionKinds) {
      const shown = [actionKindName(kind), actionCount(kind, 1), actionCount(kind, 2)];
      expect(shown[0], kind).not.toBe(kind);
      expect(findInternalWords(shown.join(' | ')), kind).toEqual([]);
      expect(shown[1], kind).not.toBe(shown[2]);
    }
  });

  it('read as the handover summary needs them', () => {
    expect(actionKindName('removed')).toBe('Removed');
    expect(actionKindName('no-action-needed')).toBe('No action needed');
    expect(actionKindName('export-made')).toBe('Export made');
    expect(actionKindName('settings-changed')).toBe('Settings changed');
    expect(actionCount('blocked', 1)).toBe('1 block');
    expect(actionCount('blocked', 2)).toBe('2 blocks');
    expect(actionCount('replied', 1204)).toBe('1,204 replies');
    expect(actionCount('settings-changed', 3)).toBe('3 settings changes');
  });

  it('turn a kind nobody has named yet into words rather than its id', () => {
    expect(actionKindName('policy-imported')).toBe('Policy imported');
    expect(findInternalWords(actionCount('policy-imported', 2))).toEqual([]);
  });

  it('count anything else with its plural', () => {
    expect(countOf(1, 'item')).toBe('1 item');
    expect(countOf(0, 'item')).toBe('0 items');
    expect(countOf(2, 'reply', 'replies')).toBe('2 replies');
  });
});

describe('channels and kinds of item', () => {
  it('name every kind each channel carries', () => {
    const names = (Object.keys(kindsByChannel) as Channel[]).flatMap((channel) =>
      kindsByChannel[channel].map((kind) => itemKindName(channel, kind)),
    );
    expect(names).toEqual([
      'Facebook comment',
      'Facebook message',
      'X post mentioning the council',
      'X direct message',
      'Email',
      'Website comment',
      'Text message (SMS)',
    ]);
    expect(findInternalWords(names.join(' | '))).toEqual([]);
  });
});

describe('channel actions', () => {
  const now = new Date('2026-12-05T23:40:00Z');
  const at = '2026-12-05T23:27:00Z';

  it('say where a reply stands', () => {
    expect(deliveryWords('queued')).toBe('Sending…');
    expect(deliveryWords('delivering')).toBe('Sending…');
    expect(deliveryWords('delivered')).toBe('Sent');
    expect(deliveryWords('failed', 'The page token has expired.')).toBe('Could not send: The page token has expired.');
    expect(deliveryWords('failed', null)).toBe('Could not send: the channel gave no reason');
    expect(channelActionWords({ operation: 'reply', state: 'queued', lastError: null }, 'facebook', now)).toBe(
      'Sending…',
    );
    expect(channelActionWords({ operation: 'reply', state: 'delivered', lastError: null }, 'facebook', now)).toBe(
      'Sent',
    );
  });

  it('say what a removal did on the channel, and when, in UK time', () => {
    expect(channelActionWords({ operation: 'hide', state: 'delivered', lastError: null, at }, 'facebook', now)).toBe(
      'Hidden on Facebook at 23:27',
    );
    expect(channelActionWords({ operation: 'hide', state: 'queued', lastError: null }, 'facebook', now)).toBe(
      'Hiding on Facebook…',
    );
    expect(channelActionWords({ operation: 'hide', state: 'failed', lastError: 'Permission missing' }, 'x', now)).toBe(
      'Could not hide on X: Permission missing',
    );
    expect(
      channelActionWords(
        { operation: 'move-to-folder', state: 'delivered', lastError: null, at: '2026-07-01T09:05:00Z' },
        'email',
        now,
      ),
    ).toBe('Moved to "Removed" in the council mailbox on Wed 1 Jul at 10:05');
    expect(
      channelActionWords(
        { operation: 'trash', state: 'delivered', lastError: null, at: '2025-03-01T09:05:00Z' },
        'website',
        now,
      ),
    ).toBe('Moved to the bin on the website on 1 Mar 2025');
    expect(channelActionWords({ operation: 'unhide', state: 'cancelled', lastError: null }, 'facebook', now)).toBe(
      'Cancelled before it reached Facebook',
    );
  });

  it('have words for every channel operation there is', () => {
    expect(channelOperations.sort()).toEqual(Object.keys(channelOperationNames).sort());
    for (const operation of channelOperations) {
      for (const state of ['queued', 'delivered', 'failed', 'cancelled'] as const) {
        const shown = channelActionWords({ operation, state, lastError: 'refused', at }, 'facebook', now);
        expect(findInternalWords(shown), `${operation} ${state}`).toEqual([]);
      }
    }
  });
});

describe('findInternalWords', () => {
  it('finds the words the issue saw on screen', () => {
    expect(findInternalWords('export-made · settings-changed').sort()).toEqual(['export-made', 'settings-changed']);
    expect(findInternalWords('hide: delivered / unhide: delivered')).toEqual(['hide: delivered']);
    expect(findInternalWords('move to "Removed": delivered')).toEqual(['"Removed": delivered']);
    expect(findInternalWords('Removed: spam; hidden on the channel · delivered')).toEqual(['· delivered']);
    expect(findInternalWords('Reply queued.')).toEqual(['reply queued']);
    expect(findInternalWords('Hidden on Facebook at 23:27 · Sent · Could not send: refused')).toEqual([]);
    expect(findInternalWords('Channel: sms sms')).toEqual(['sms sms']);
    expect(findInternalWords('X mention from @ann')).toEqual(['x mention']);
    expect(findInternalWords('Received 2026-11-01T04:44:00.000Z')).toEqual(['2026-11-01T04:44:00.000Z']);
    expect(findInternalWords('Received 2026-11-01T04:44:00.000Z', { allowIsoTimestamps: true })).toEqual([]);
    expect(findInternalWords('See {{policyUrl}}')).toEqual(['{{policyUrl}}']);
    expect(findInternalWords('The Outbox is empty')).toEqual(['outbox']);
  });

  it('leaves plain English alone', () => {
    expect(
      findInternalWords('Removed: off topic. Note for the deputy: DM me, Nan said. Sent at 23:27 on 05/12/2026.'),
    ).toEqual([]);
    expect(internalWords).toContain('no-action-needed');
    expect(internalWords).not.toContain('removed');
  });
});
