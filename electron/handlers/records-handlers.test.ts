import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';
import { sqliteHandle } from '../store/sqlite-handle';

const start = useTestBackend(useTempDirs());

/** A small RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = csv.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index++) {
    const character = body[index];
    if (quoted) {
      if (character === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && body[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += character;
  }
  return rows;
}

async function someRecord(backend: TestBackend) {
  const items = (await backend.value('queue:list', { status: 'new' })).items;
  await backend.value('item:remove', { id: items[0]?.id ?? 0, reasonId: 'off-topic' });
  await backend.value('item:markHandled', { id: items[1]?.id ?? 0 });
  return items;
}

describe('records', () => {
  it('searches items and actions by date, operator and reason', async () => {
    const backend = await start();
    await someRecord(backend);
    const all = await backend.value('records:search', { from: '2026-11-01', to: '2026-11-30' });
    expect(all.itemTotal).toBe(7);
    expect(all.actions.map((action) => action.kind)).toEqual(expect.arrayContaining(['removed', 'no-action-needed']));
    const removals = await backend.value('records:search', {
      from: '2026-11-01',
      to: '2026-11-30',
      reasonId: 'off-topic',
    });
    expect(removals.actions.map((action) => action.kind)).toEqual(['removed']);
    expect(removals.items).toHaveLength(1);
    expect(
      (await backend.value('records:search', { from: '2026-11-02', to: '2026-11-03' })).items.map((item) =>
        item.receivedAt.slice(0, 10),
      ),
    ).toEqual(['2026-11-02', '2026-11-03']);
    expect(await backend.call('records:search', { from: '2026-11-30', to: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('exports a date range as one ZIP of items, actions, README and PDF, and records that it did', async () => {
    const backend = await start();
    await someRecord(backend);
    const file = await backend.value('records:export', {
      filter: { from: '2026-11-01', to: '2026-11-30' },
      includePdf: true,
    });
    expect(file).toMatchObject({ name: 'record-2026-11-01-to-2026-11-30.zip', type: 'application/zip' });
    const zip = unzipSync(Buffer.from(file.base64, 'base64'));
    expect(Object.keys(zip).sort()).toEqual([
      'README.txt',
      'record-2026-11-01-to-2026-11-30-actions.csv',
      'record-2026-11-01-to-2026-11-30-items.csv',
      'record-2026-11-01-to-2026-11-30.pdf',
    ]);
    const entry = (name: string) => strFromU8(zip[name] ?? new Uint8Array());
    const items = parseCsv(entry('record-2026-11-01-to-2026-11-30-items.csv'));
    expect(items).toHaveLength(1 + 7);
    expect(items.some((row) => row.join(' ').includes('Streetlight out on Station Road'))).toBe(true);
    // UK time Excel reads, then the exact ISO time; channels and kinds in words.
    const [, first] = items;
    expect(first?.[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(first?.[2]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(items.flatMap((row) => row.slice(3, 5))).not.toContain('sms');
    const readme = entry('README.txt');
    expect(readme).toContain('This export contains 7 items');
    expect(readme).toContain('every action taken in the period, whichever day its item arrived');
    expect(
      Buffer.from(zip['record-2026-11-01-to-2026-11-30.pdf'] ?? [])
        .subarray(0, 7)
        .toString(),
    ).toBe('%PDF-1.');

    const withoutPdf = await backend.value('records:export', {
      filter: { from: '2026-11-01', to: '2026-11-30' },
      includePdf: false,
    });
    expect(Object.keys(unzipSync(Buffer.from(withoutPdf.base64, 'base64'))).sort()).toEqual([
      'README.txt',
      'record-2026-11-01-to-2026-11-30-actions.csv',
      'record-2026-11-01-to-2026-11-30-items.csv',
    ]);
    const exports = sqliteHandle(backend.backend.store)
      .prepare(`SELECT details FROM actions WHERE kind = 'export-made'`)
      .pluck()
      .all() as string[];
    expect(exports.map((details) => JSON.parse(details) as { export: string; items: number })).toEqual([
      expect.objectContaining({ export: 'zip-with-pdf', items: 7 }),
      expect.objectContaining({ export: 'zip', items: 7 }),
    ]);
    // The record says what was exported in words.
    const summaries = (await backend.value('records:search', { from: '2026-11-01', to: '2026-11-30' })).actions.map(
      (action) => action.summary,
    );
    expect(summaries).toContainEqual(
      expect.stringMatching(
        /^Export made: record export \(ZIP with the PDF report\), 1 November 2026 to 30 November 2026, 7 items and \d+ actions?$/,
      ),
    );
  });

  it('takes the days of a range as UK days: 23:30 UTC on a summer evening is the next day', async () => {
    const backend = await start();
    backend.arrives('demo:x', [
      {
        channel: 'x',
        kind: 'mention',
        id: '1860000000000000077',
        author: { id: '2210099', name: 'Late Night', handle: '@late' },
        text: '@AshcombePC the late bus again',
        receivedAt: '2026-07-14T23:30:00Z',
      },
    ]);
    const day = (date: string) => backend.value('records:search', { from: date, to: date });
    expect((await day('2026-07-15')).items.map((item) => item.text)).toEqual(['@AshcombePC the late bus again']);
    expect((await day('2026-07-14')).items).toEqual([]);
  });

  it('gives everything about one person as a ZIP of JSON and a PDF', async () => {
    const backend = await start();
    const gary = (await backend.value('queue:list', { status: 'all' })).items.find(
      (item) => item.author.name === 'Gary Pritchard' && item.channel === 'facebook',
    );
    const x = (await backend.value('queue:list', { status: 'all' })).items.find(
      (item) => item.author.name === 'Gary Pritchard' && item.channel === 'x',
    );
    await backend.value('person:link', { id: gary?.personId ?? 0, authorId: x?.author.id ?? 0 });
    await backend.value('person:note', { id: gary?.personId ?? 0, text: 'Warned by phone.' });
    const file = await backend.value('records:subjectAccess', { personId: gary?.personId ?? 0 });
    expect(file.name).toBe('subject-access-gary-pritchard-2026-11-24.zip');
    // Gary's own items hold no one else's contact details.
    expect(file.toCheck).toEqual([]);

    // One that quotes a neighbour's address and number is named, in the answer and the README.
    backend.arrives('demo:x', [
      {
        channel: 'x',
        kind: 'mention',
        id: '1860000000000000009',
        author: { id: '2210045', name: 'Gary Pritchard', handle: '@gazza_ashcombe' },
        text: '@AshcombePC ask Sue, 07700 900456, she lives at 4 Mill Lane',
        receivedAt: '2026-11-24T09:00:00Z',
      },
    ]);
    const quoted = (await backend.value('queue:list', { status: 'all', search: 'Sue' })).items[0];
    const again = await backend.value('records:subjectAccess', { personId: gary?.personId ?? 0 });
    expect(again.toCheck).toEqual([`Item ${quoted?.id} (a phone number, a street address)`]);
    expect(strFromU8(unzipSync(Buffer.from(again.base64, 'base64'))['README.txt'] ?? new Uint8Array())).toContain(
      `- Item ${quoted?.id} (a phone number, a street address)`,
    );
    const zip = unzipSync(Buffer.from(file.base64, 'base64'));
    expect(Object.keys(zip).sort()).toEqual([
      'README.txt',
      'actions.json',
      'items.json',
      'notes.json',
      'person.json',
      'report.pdf',
    ]);
    const items = JSON.parse(strFromU8(zip['items.json'] ?? new Uint8Array())) as { channel: string; text: string }[];
    expect(items.map((item) => item.channel).sort()).toEqual(['facebook', 'x']);
    expect(strFromU8(zip['notes.json'] ?? new Uint8Array())).toContain('Warned by phone.');
    expect(JSON.parse(strFromU8(zip['person.json'] ?? new Uint8Array()))).toMatchObject({ name: 'Gary Pritchard' });
  });
});
