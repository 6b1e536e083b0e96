import { describe, expect, it } from 'vitest';
import { describeExport, recordCsv, toCsv } from './csv';
import type { ExportHeader, RecordActionRow, RecordItemRow } from './record-rows';

/** RFC 4180, strictly: records end in CRLF; a quote, CR or LF is allowed in a field only when it is quoted. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') field += text[++index];
      else {
        quoted = false;
        if (![',', '\r', undefined].includes(text[index + 1]))
          throw new Error(`text after a closing quote at ${index}`);
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${index}`);
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      records.push([...fields, field]);
      fields = [];
      field = '';
      index++;
    } else if (char === '\r' || char === '\n') {
      throw new Error(`bare line break outside quotes at ${index}`);
    } else field += char;
  }
  if (quoted) throw new Error('unclosed quote');
  if (field !== '' || fields.length > 0) throw new Error('the last record does not end in CRLF');
  return records;
}

const withoutBom = (csv: string): string => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return csv.slice(1);
};

const header: ExportHeader = {
  title: 'Record of correspondence: November 2026',
  councilName: 'West End Parish Council',
  madeAt: '2026-12-01T09:30:00.000Z',
  madeBy: 'Jane Clerk',
  range: '1 November 2026 to 30 November 2026',
  filters: ['Channel: Facebook', 'Status: removed'],
};

const item = (overrides: Partial<RecordItemRow> = {}): RecordItemRow => ({
  id: 12,
  receivedAt: '2026-11-03T14:05:00.000Z',
  channel: 'facebook',
  kind: 'comment',
  account: 'West End PC page',
  sender: 'Sam Resident',
  senderId: 'fb-1001',
  subject: null,
  text: 'When will the bus shelter be fixed?',
  status: 'handled',
  removalReason: null,
  ...overrides,
});

const action: RecordActionRow = {
  id: 40,
  at: '2026-11-03T15:00:00.000Z',
  operator: 'Jane Clerk',
  kind: 'removed',
  itemId: 12,
  personId: null,
  channel: 'facebook',
  reason: 'Personal attacks, insults, or threatening language',
  summary: 'Removed: Personal attacks, insults, or threatening language (policy 2026-05); hidden on the channel',
};

describe('toCsv', () => {
  const columns = [
    { key: 'name', header: 'Name' },
    { key: 'note', header: 'Note' },
  ] as const;

  it('writes UTF-8 with a byte order mark, a header row, and CRLF after every record', () => {
    const csv = toCsv(columns, [{ name: 'Siân', note: 'café £5' }]);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withoutBom(csv)).toBe('Name,Note\r\nSiân,café £5\r\n');
  });

  it('quotes commas, quotes and line breaks so each value comes back as one cell', () => {
    const rows = [
      { name: 'Smith, John', note: 'He said "fix it" twice' },
      { name: 'Line breaks', note: 'first line\nsecond line\r\nthird line' },
      { name: 'Lone CR', note: 'a\rb' },
    ];
    const csv = toCsv(columns, rows);
    expect(csv).toContain('"Smith, John","He said ""fix it"" twice"');
    expect(parseCsv(withoutBom(csv))).toEqual([['Name', 'Note'], ...rows.map((row) => [row.name, row.note])]);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula, and leaves other cells alone', () => {
    const dangerous = [
      '=HYPERLINK("http://evil.example","Click")',
      '+44 7700 900123',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
    ];
    const harmless = ['Total = 3', 'a-b', 'email me at sam@example.org', ''];
    const rows = [...dangerous, ...harmless].map((note) => ({ name: 'x', note }));
    const cells = parseCsv(withoutBom(toCsv(columns, rows)))
      .slice(1)
      .map((record) => record[1]);
    expect(cells).toEqual([...dangerous.map((note) => `'${note}`), ...harmless]);
  });

  it('writes numbers as numbers (a negative id is not text) and null as an empty cell', () => {
    const csv = toCsv(
      [
        { key: 'id', header: 'Id' },
        { key: 'subject', header: 'Subject' },
      ],
      [{ id: -1, subject: null }],
    );
    expect(withoutBom(csv)).toBe('Id,Subject\r\n-1,\r\n');
  });

  it('writes only the header row when there are no rows', () => {
    expect(parseCsv(withoutBom(toCsv(columns, [])))).toEqual([['Name', 'Note']]);
  });
});

describe('recordCsv', () => {
  it('gives one row per item and per action under the column headers, with no title rows', () => {
    const items = [
      item(),
      item({
        id: 13,
        subject: 'Re: "Parking", again',
        text: 'Line one,\nline two',
        status: 'removed',
        removalReason: 'Commercial promotions or spam',
      }),
    ];
    const csv = recordCsv(header, items, [action]);
    const itemRecords = parseCsv(withoutBom(csv.items));
    expect(itemRecords).toEqual([
      [
        'Item',
        'Received (UK time)',
        'Received (ISO 8601, UTC)',
        'Channel',
        'Kind',
        'Account',
        'Sender',
        'Sender ID on the channel',
        'Subject',
        'Text',
        'Status',
        'Reason for removal',
      ],
      [
        '12',
        '03/11/2026 14:05',
        '2026-11-03T14:05:00.000Z',
        'Facebook',
        'Facebook comment',
        'West End PC page',
        'Sam Resident',
        'fb-1001',
        '',
        'When will the bus shelter be fixed?',
        'Handled',
        '',
      ],
      [
        '13',
        '03/11/2026 14:05',
        '2026-11-03T14:05:00.000Z',
        'Facebook',
        'Facebook comment',
        'West End PC page',
        'Sam Resident',
        'fb-1001',
        'Re: "Parking", again',
        'Line one,\nline two',
        'Removed',
        'Commercial promotions or spam',
      ],
    ]);
    const actionRecords = parseCsv(withoutBom(csv.actions));
    expect(actionRecords[0]).toEqual([
      'Action',
      'When (UK time)',
      'When (ISO 8601, UTC)',
      'By',
      'Kind',
      'Item',
      'Person',
      'Channel',
      'Reason',
      'What was done',
    ]);
    expect(actionRecords[1]).toEqual([
      '40',
      '03/11/2026 15:00',
      '2026-11-03T15:00:00.000Z',
      'Jane Clerk',
      'Removed',
      '12',
      '',
      'Facebook',
      action.reason,
      action.summary,
    ]);
    expect(actionRecords).toHaveLength(2);
  });

  it('gives summer times in UK time (BST) and names an SMS once, as a clerk would', () => {
    const csv = recordCsv(header, [item({ receivedAt: '2026-07-14T23:30:00.000Z', channel: 'sms', kind: 'sms' })], []);
    const row = parseCsv(withoutBom(csv.items))[1] ?? [];
    expect(row.slice(1, 5)).toEqual(['15/07/2026 00:30', '2026-07-14T23:30:00.000Z', 'SMS', 'Text message (SMS)']);
  });

  it('neutralises a sender name written as a formula', () => {
    const csv = recordCsv(header, [item({ sender: '=cmd|"/c calc"!A1' })], []);
    expect(parseCsv(withoutBom(csv.items))[1]?.[6]).toBe(`'=cmd|"/c calc"!A1`);
  });
});

describe('describeExport', () => {
  it('says what the export contains, for which period and filters, when and by whom it was made', () => {
    const readme = describeExport(header, { items: 2, actions: 1 });
    const lines = readme.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['West End Parish Council', 'Record of correspondence: November 2026']);
    expect(lines).toContain('This export contains 2 items and 1 action.');
    expect(lines).toContain('Period: 1 November 2026 to 30 November 2026');
    expect(lines).toContain('  - Channel: Facebook');
    expect(lines).toContain('  - Status: removed');
    expect(lines).toContain('Made: 1 Dec 2026, 09:30 (UK time) by Jane Clerk');
    expect(readme).not.toMatch(/[^\r]\n/);
  });

  it('says so when no filter was in force, and shows summer times in UK time', () => {
    const readme = describeExport(
      { ...header, filters: [], madeAt: '2026-07-01T09:30:00.000Z' },
      { items: 1, actions: 0 },
    );
    expect(readme).toContain('Filters in force: none (everything in the period).');
    expect(readme).toContain('This export contains 1 item and 0 actions.');
    expect(readme).toContain('Made: 1 Jul 2026, 10:30 (UK time)');
  });
});
