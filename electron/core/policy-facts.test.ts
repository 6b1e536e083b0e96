import { describe, expect, it } from 'vitest';
import { policyFacts } from './policy-facts';

describe('policyFacts', () => {
  it('reads the version, the date agreed and the review date as councils write them', () => {
    expect(
      policyFacts(
        'Version 2.1\n\nThis policy was agreed at the Full Council meeting on 5 May 2025 and adopted on 12 May 2025, review due by May 2027.',
      ),
    ).toEqual({
      version: '2.1',
      agreedOn: '2025-05-05',
      reviewDue: '2027-05-01',
    });
    expect(policyFacts('**Issue 4** — Approved by Council: 14/01/2026. Next review: 1st January 2028')).toEqual({
      version: '4',
      agreedOn: '2026-01-14',
      reviewDue: '2028-01-01',
    });
    expect(policyFacts('Social Media Policy v1.3. Adopted on 3.2.26. To be reviewed by February 2027.')).toEqual({
      version: '1.3',
      agreedOn: '2026-02-03',
      reviewDue: '2027-02-01',
    });
  });

  it('takes the adoption date when the text gives no date it was agreed', () => {
    expect(policyFacts('This policy was agreed at the meeting and adopted on 12 May 2025.').agreedOn).toBe(
      '2025-05-12',
    );
  });

  it('treats the placeholders of the shipped policy as missing, never taking a date from the next clause', () => {
    expect(policyFacts('This policy was agreed at the XXXXXXXXXX and adopted on XXXX review due by XXXXX')).toEqual({
      version: null,
      agreedOn: null,
      reviewDue: null,
    });
    expect(
      policyFacts('This policy was agreed at the XXXXXXXXXX and adopted on XXXX review due by 1 June 2027'),
    ).toEqual({ version: null, agreedOn: null, reviewDue: '2027-06-01' });
    expect(policyFacts('Version: [number]. Agreed on dd/mm/yyyy. Review due: ____')).toEqual({
      version: null,
      agreedOn: null,
      reviewDue: null,
    });
  });

  it('does not take when it was last reviewed for when the next review is due', () => {
    expect(policyFacts('Reviewed on 3 March 2025. The next review is due on 3 March 2026.').reviewDue).toBe(
      '2026-03-03',
    );
  });

  it('never reads a date month first, and skips dates that do not exist', () => {
    expect(policyFacts('Adopted on 12/31/2025.').agreedOn).toBeNull();
    expect(policyFacts('Agreed on 31 February 2026.').agreedOn).toBeNull();
  });
});
