import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RecordActionRow, RecordItemRow } from './record-rows';
import { subjectAccessZip, type SubjectAccessInput } from './subject-access';

const items: RecordItemRow[] = [
  {
    id: 12,
    receivedAt: '2026-11-03T14:05:00.000Z',
    channel: 'email',
    kind: 'email',
    account: 'clerk@westend-pc.gov.uk',
    sender: 'Siân Ffion',
    senderId: 'sian@example.org',
    subject: 'Allotment waiting list',
    text: 'Hello,\nam I still on the list?\n\nDiolch 👍',
    status: 'handled',
    removalReason: null,
  },
];
const actions: RecordActionRow[] = [
  {
    id: 40,
    at: '2026-11-04T09:00:00.000Z',
    operator: 'Jane Clerk',
    kind: 'replied',
    itemId: 12,
    personId: null,
    channel: 'email',
    reason: null,
    summary: 'Replied by email',
  },
];

const input: SubjectAccessInput = {
  header: {
    title: 'Record of correspondence',
    councilName: 'West End Parish Council',
    madeAt: '2026-12-01T09:30:00.000Z',
    madeBy: 'Jane Clerk',
    range: '1 January 2026 to 30 November 2026',
    filters: ['Person: Siân Ffion (all linked accounts)'],
  },
  person: {
    name: 'Siân Ffion',
    identities: [
      {
        channel: 'email',
        id: 'sian@example.org',
        name: 'Siân Ffion',
        email: 'sian@example.org',
        phone: null,
        handle: null,
      },
      { channel: 'facebook', id: 'fb-2002', name: 'Sian F', email: null, phone: null, handle: 'sian.f' },
    ],
    consent: 'Data consent form returned 5 November 2026',
  },
  items,
  actions,
  notes: [{ at: '2026-11-05T10:00:00.000Z', operator: 'Jane Clerk', text: 'Prefers replies by email.' }],
  toCheck: [],
};

describe('subjectAccessZip', async () => {
  const files = unzipSync(await subjectAccessZip(input));
  const text = (name: string): string => strFromU8(files[name] ?? new Uint8Array());

  it('holds exactly the README, the four data files and the report', () => {
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'actions.json',
      'items.json',
      'notes.json',
      'person.json',
      'report.pdf',
    ]);
  });

  it('says in the README what it contains, for whom, when and by whom it was made', () => {
    const lines = text('README.txt').split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['West End Parish Council', 'Subject access request: Siân Ffion']);
    expect(lines).toContain('This export contains 1 item and 1 action.');
    expect(lines).toContain('It also contains 1 note about the person.');
    expect(lines).toContain('Made for: Siân Ffion');
    expect(lines).toContain('Made: 1 Dec 2026, 09:30 (UK time) by Jane Clerk');
    expect(lines).toContain('Period: 1 January 2026 to 30 November 2026');
    expect(lines).toContain('  - Person: Siân Ffion (all linked accounts)');
    for (const name of ['report.pdf', 'person.json', 'items.json', 'actions.json', 'notes.json']) {
      expect(lines.some((line) => line.startsWith(`- ${name}: `))).toBe(true);
    }
  });

  it('says in the README that nothing of anyone else was found, and that names are not searched for', () => {
    const lines = text('README.txt').split('\r\n');
    const section = lines.slice(lines.indexOf('Read before sending'));
    expect(section.slice(1, 3)).toEqual([
      "No email address, phone number, postcode, street address or IP address other than the person's own or the council's was found in the items.",
      'Names of other people are not searched for: read every item before sending.',
    ]);
  });

  it('lists in the README the items to read before sending', async () => {
    const flagged = unzipSync(
      await subjectAccessZip({
        ...input,
        toCheck: ['Item 12 (an email address)', 'Item 14 (a phone number, a postcode)'],
      }),
    );
    const lines = strFromU8(flagged['README.txt'] ?? new Uint8Array()).split('\r\n');
    expect(lines.slice(lines.indexOf('Read before sending') + 1)).toEqual([
      "These 2 items hold personal data that may be someone else's; withhold or redact it before sending:",
      '- Item 12 (an email address)',
      '- Item 14 (a phone number, a postcode)',
      'Names of other people are not searched for: read every item before sending.',
      '',
    ]);
  });

  it('gives the person, items, actions and notes as readable JSON with the exact text', () => {
    expect(JSON.parse(text('person.json'))).toEqual(input.person);
    expect(JSON.parse(text('items.json'))).toEqual(items);
    expect(JSON.parse(text('actions.json'))).toEqual(actions);
    expect(JSON.parse(text('notes.json'))).toEqual(input.notes);
    expect(text('items.json')).toContain('"text": "Hello,\\nam I still on the list?\\n\\nDiolch 👍"');
    expect(text('person.json').split('\n').length).toBeGreaterThan(10);
  });

  it('includes a PDF report titled for the person, with a page for the notes', () => {
    const pdf = Buffer.from(files['report.pdf'] ?? new Uint8Array());
    expect(pdf.subarray(0, 7).toString('latin1')).toBe('%PDF-1.');
    // pdfkit writes a non-ASCII document title as UTF-16BE with a byte order mark.
    const title = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from('Subject access request: Siân Ffion', 'utf16le').swap16(),
    ]);
    expect(pdf.includes(title)).toBe(true);
    // Summary and items, actions, notes.
    expect(pdf.toString('latin1')).toMatch(/\/Type \/Pages\n\/Count 3\n/);
  });
});
