// The frame an email's HTML is shown in: its own stylesheet and Content-Security-Policy, shared by the
// renderer (which writes the frame) and the console's CSP (which must allow exactly that stylesheet).

/**
 * The only styles in the frame: the email's own are taken out (they could reach out, or mimic the console).
 * Its sha256 is below; content-security-policy.test.ts checks the two agree.
 */
export const emailFrameStylesheet =
  "html,body{margin:0;padding:0;background:#fff;color:#1d2430}body{padding:0.6rem 0.8rem;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;overflow-wrap:anywhere}body>:first-child{margin-top:0}body>:last-child{margin-bottom:0}img{max-width:100%;height:auto}table{max-width:100%}a:link,a:visited{color:#1f5fa8}pre{white-space:pre-wrap}";

/** 'sha256-…' of emailFrameStylesheet, for style-src in both policies. */
export const emailFrameStyleHash = "'sha256-nVWfWPfEPEmXNVfLmg7T8/huesShK88zlyxgcdNFAb0='";

/**
 * The frame's own policy, on top of the console's (a srcdoc frame inherits that one, so the stricter of
 * the two applies): nothing may load but data: images and the stylesheet above; no script, form or base.
 */
export const emailFramePolicy = [
  "default-src 'none'",
  `style-src ${emailFrameStyleHash}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The whole document of the frame around HTML that has been sanitised already. */
export function emailFrameDocument(sanitisedHtml: string): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${emailFramePolicy}">`,
    '<meta name="referrer" content="no-referrer">',
    `<style>${emailFrameStylesheet}</style>`,
    `</head><body>${sanitisedHtml}</body></html>`,
  ].join('');
}
