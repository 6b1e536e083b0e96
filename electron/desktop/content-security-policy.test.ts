import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emailFrameDocument, emailFramePolicy, emailFrameStyleHash, emailFrameStylesheet } from '../api/email-frame';
import { contentSecurityPolicy } from './content-security-policy';

describe('the console’s Content-Security-Policy and the email frame', () => {
  it('allows the email frame’s stylesheet by its hash, and nothing inline besides', () => {
    const hash = `'sha256-${createHash('sha256').update(emailFrameStylesheet).digest('base64')}'`;
    expect(emailFrameStyleHash).toBe(hash);
    expect(contentSecurityPolicy).toContain(`style-src 'self' ${hash};`);
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).toContain("frame-src 'none'");
  });

  it('gives the frame a policy of its own that loads nothing but data: images', () => {
    expect(emailFramePolicy).toBe(
      `default-src 'none'; style-src ${emailFrameStyleHash}; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    expect(emailFrameDocument('<p>Hello</p>')).toContain(
      `<style>${emailFrameStylesheet}</style></head><body><p>Hello</p></body>`,
    );
  });
});
