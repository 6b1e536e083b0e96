import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfBytes, policyDocx, policyPdf } from '../../testing/support/policy-files';
import { importPolicy, maxPolicyFileBytes, type PolicyImport } from './import-policy';

const text = (value: string) => new TextEncoder().encode(value);
const imported = (result: PolicyImport) => {
  if (!result.ok) throw new Error(`Expected the policy to be read, got: ${result.message}`);
  return result;
};
const refused = (result: PolicyImport) => {
  if (result.ok) throw new Error('Expected the file to be refused');
  return result;
};

describe('importPolicy from Word (.docx)', () => {
  it('keeps headings, bullets, numbered steps and bold headings, drops the picture and script links, and reads the dates', async () => {
    const result = imported(await importPolicy({ fileName: 'Social Media Policy.DOCX', bytes: await policyDocx() }));
    expect(result.format).toBe('docx');
    const lines = result.markdown.split('\n');
    expect(lines[0]).toBe('# Ashcombe Parish Council Social Media Policy');
    expect(lines).toContain('# Communications from the Council');
    expect(lines).toContain('## How we remove a post');
    expect(result.markdown).toContain('- Be civil, tasteful and relevant;\n- Not contain any personal information;');
    expect(result.markdown).toContain('1. The Clerk hides the post.\n2. The Clerk records the reason.');
    expect(lines).toContain('**Parish Council Website**');
    expect(result.markdown).toContain(
      'Read the policy on [our website](https://ashcombe-pc.example.org/policy). Do not click this.',
    );
    expect(result.markdown).not.toMatch(/javascript:|data:|!\[|<img/);
    expect(result.facts).toEqual({ version: '2.1', agreedOn: '2025-05-05', reviewDue: '2027-05-01' });
  });

  it('says a password-protected Word file cannot be read, and what to do', async () => {
    // Word saves an encrypted .docx as an OLE compound file: its signature, then the encrypted package.
    const compound = new Uint8Array(4096);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = refused(await importPolicy({ fileName: 'policy.docx', bytes: compound }));
    expect(result.problem).toBe('encrypted');
    expect(result.message).toMatch(/protected with a password.*paste the text instead\.$/);
  });

  it('refuses a file that only claims to be Word, or a ZIP that is not a Word document', async () => {
    expect(
      refused(
        await importPolicy({ fileName: 'policy.docx', bytes: text('This is plain text saved with the wrong name.') }),
      ).problem,
    ).toBe('unreadable');
    const spreadsheet = zipSync({ 'xl/workbook.xml': text('<workbook/>') });
    const result = refused(await importPolicy({ fileName: 'policy.docx', bytes: spreadsheet }));
    expect(result.message).toBe(
      'This file is not a Word document that can be read: it may be damaged. Open it in Word and save it again as .docx, or paste the text instead.',
    );
  });

  it('refuses a Word file that would unpack to more than 100 MB, without unpacking it', async () => {
    const bomb = zipSync(
      { 'word/document.xml': text('<w:document/>'), 'word/media/filler.bin': new Uint8Array(101 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.byteLength).toBeLessThan(maxPolicyFileBytes);
    const result = refused(await importPolicy({ fileName: 'policy.docx', bytes: bomb }));
    expect(result.problem).toBe('too-large');
  });
});

describe('importPolicy from PDF', () => {
  it('puts lines back into paragraphs and keeps headings, bullets and numbered steps, without the page numbers', async () => {
    const result = imported(await importPolicy({ fileName: 'policy.pdf', bytes: await policyPdf() }));
    expect(result.format).toBe('pdf');
    const blocks = result.markdown.split('\n\n');
    expect(blocks[0]).toBe('# Social Media Policy');
    expect(blocks).toContain('## Using our pages');
    expect(blocks).toContain('## Removing posts');
    expect(
      blocks.some(
        (block) =>
          block.startsWith('The Council has a website, Facebook page, X account') &&
          block.endsWith('the services it delivers.') &&
          !block.includes('\n'),
      ),
    ).toBe(true);
    expect(result.markdown).toContain('- Be considerate and respectful of others.\n- Stay on topic.');
    expect(result.markdown).toContain('1. The Clerk hides the post.\n2. The Clerk records the reason.');
    expect(blocks).toContain('### Parish Council email');
    expect(result.markdown).not.toMatch(/Page \d of 2/);
    expect(result.facts).toEqual({ version: '3', agreedOn: '2026-04-01', reviewDue: '2028-04-01' });
  });

  it('says a password-protected PDF cannot be read, and what to do', async () => {
    const locked = await pdfBytes((doc) => doc.text('Social media policy, confidential draft.'), {
      userPassword: 'parish',
      ownerPassword: 'clerk',
      pdfVersion: '1.7',
    });
    const result = refused(await importPolicy({ fileName: 'policy.pdf', bytes: locked }));
    expect(result.problem).toBe('encrypted');
    expect(result.message).toBe(
      'This PDF is protected with a password, so its text cannot be read. Open it, save a copy without the password, or paste the text instead.',
    );
  });

  it('reads a PDF that only restricts printing or copying (an owner password), as a reader would open it', async () => {
    const restricted = await pdfBytes((doc) => doc.text('Social media policy of Ashcombe Parish Council.'), {
      ownerPassword: 'clerk',
      pdfVersion: '1.7',
      permissions: { printing: 'lowResolution' },
    });
    expect(imported(await importPolicy({ fileName: 'policy.pdf', bytes: restricted })).markdown).toBe(
      'Social media policy of Ashcombe Parish Council.',
    );
  });

  it('says a scanned PDF (pictures, no text) has nothing to read', async () => {
    const scan = await pdfBytes((doc) => {
      doc.rect(56, 56, 400, 600).fill('#eeeeee');
      for (let line = 0; line < 30; line += 1) doc.rect(80, 80 + line * 18, 350, 6).fill('#444444');
    });
    const result = refused(await importPolicy({ fileName: 'scan.pdf', bytes: scan }));
    expect(result.problem).toBe('no-text');
    expect(result.message).toMatch(/probably a scan.*paste the text instead\.$/);
  });

  it('says a damaged PDF cannot be read', async () => {
    const result = refused(
      await importPolicy({ fileName: 'policy.pdf', bytes: text('%PDF-1.7\nthis is not really a PDF') }),
    );
    expect(result.problem).toBe('unreadable');
    expect(result.message).toMatch(/paste the text instead\.$/);
  });
});

describe('importPolicy from Markdown and plain text', () => {
  it('keeps Markdown as written, less HTML, scripts, pictures and script links', async () => {
    const markdown = [
      '# Social Media Policy',
      '',
      'Contact <clerk@ashcombe-pc.example.org> or see <https://ashcombe-pc.example.org>.',
      '<script>alert("hello")</script>',
      '<img src="https://tracker.example/pixel.gif"> ![logo](https://tracker.example/logo.png)',
      '',
      '- Stay on topic.',
      '- [Report it](javascript:alert(1)) to the Clerk.',
      '',
      'Version 1.4, agreed on 3 March 2026; review in March 2027.',
    ].join('\r\n');
    const result = imported(await importPolicy({ fileName: 'policy.md', bytes: text(`\uFEFF${markdown}`) }));
    expect(result.markdown).toBe(
      [
        '# Social Media Policy',
        '',
        'Contact clerk@ashcombe-pc.example.org or see https://ashcombe-pc.example.org.',
        '',
        '- Stay on topic.',
        '- Report it to the Clerk.',
        '',
        'Version 1.4, agreed on 3 March 2026; review in March 2027.',
      ].join('\n'),
    );
    expect(result.facts).toEqual({ version: '1.4', agreedOn: '2026-03-03', reviewDue: '2027-03-01' });
  });

  it('reads a text file saved by an older Notepad (Windows-1252), with bullets and a heading in capitals', async () => {
    const windows1252 = Uint8Array.from(
      [
        ...'SOCIAL MEDIA POLICY\r\n\r\nFees of \xA35 apply \x96 see below:\r\n\x95 Stay on topic.\r\n# not a heading',
      ].map((char) => char.charCodeAt(0)),
    );
    const result = imported(await importPolicy({ fileName: 'policy.txt', bytes: windows1252 }));
    expect(result.markdown).toBe(
      '## SOCIAL MEDIA POLICY\n\nFees of £5 apply – see below:\n- Stay on topic.\n\\# not a heading',
    );
  });

  it('takes the shipped example policy, whose dates are placeholders, as having none', async () => {
    const shipped = readFileSync(new URL('../../assets/policy/social-media-policy.md', import.meta.url));
    const result = imported(await importPolicy({ fileName: 'social-media-policy.md', bytes: shipped }));
    expect(result.markdown).toContain('## **Social Media and Electronic Communication Policy.**');
    expect(result.facts).toEqual({ version: null, agreedOn: null, reviewDue: null });
  });
});

describe('importPolicy refuses', () => {
  it('a file over the size limit, before reading it', async () => {
    const result = refused(
      await importPolicy({ fileName: 'policy.pdf', bytes: new Uint8Array(maxPolicyFileBytes + 1) }),
    );
    expect(result).toEqual({
      ok: false,
      problem: 'too-large',
      message:
        'This file is 10.0 MB; a policy file can be up to 10.0 MB. Save a copy without pictures, or paste the text instead.',
    });
  });

  it('formats it cannot read, saying how to save them', async () => {
    expect(refused(await importPolicy({ fileName: 'policy.doc', bytes: text('x') })).message).toBe(
      'This is an old Word 97–2003 document (.doc). Open it in Word and save it as .docx, or paste the text instead.',
    );
    expect(refused(await importPolicy({ fileName: 'policy.xlsx', bytes: text('x') })).problem).toBe('not-supported');
  });

  it('a file with no text, or too much to be a policy', async () => {
    expect(refused(await importPolicy({ fileName: 'empty.txt', bytes: text('  \n\n ') })).problem).toBe('no-text');
    expect(
      refused(await importPolicy({ fileName: 'binary.txt', bytes: Uint8Array.from([0x47, 0x49, 0x46, 0, 1, 2]) }))
        .problem,
    ).toBe('unreadable');
    expect(
      refused(
        await importPolicy({ fileName: 'minutes.txt', bytes: text('The meeting discussed the bins. '.repeat(10_000)) }),
      ).problem,
    ).toBe('too-long');
  });
});
