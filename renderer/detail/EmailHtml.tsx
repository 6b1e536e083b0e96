// An email's HTML, sanitised (DOMPurify): no scripts, no styles that can reach out, remote images not loaded,
// links opened only in the system browser after the clerk confirms.
import DOMPurify from 'dompurify';
import { useMemo, type MouseEvent } from 'react';

interface Sanitised {
  html: string;
  blockedImages: number;
}

export function sanitiseEmailHtml(dirty: string): Sanitised {
  const purifier = DOMPurify();
  let blockedImages = 0;
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLImageElement) {
      const source = node.getAttribute('src') ?? '';
      // A remote image tells the sender the email was opened, and when: never loaded.
      if (!source.startsWith('data:')) {
        blockedImages++;
        node.removeAttribute('src');
        node.removeAttribute('srcset');
        node.setAttribute('alt', `[remote image not loaded${node.getAttribute('alt') ? `: ${node.getAttribute('alt')}` : ''}]`);
      }
    }
    if (node instanceof HTMLAnchorElement) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  const html = purifier.sanitize(dirty, {
    FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style', 'background'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/)/i,
  });
  return { html, blockedImages };
}

export function EmailHtml({ html }: { html: string }) {
  const clean = useMemo(() => sanitiseEmailHtml(html), [html]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href');
    if (!href) return;
    if (window.confirm(`Open this link in your web browser?\n\n${href}`)) window.open(href, '_blank', 'noopener,noreferrer');
  };
  return (
    <div className="email-html-box">
      {clean.blockedImages > 0 ? (
        <p className="muted">
          {clean.blockedImages} remote image{clean.blockedImages === 1 ? '' : 's'} not loaded (they would tell the sender when the email was read).
        </p>
      ) : null}
      {/* Sanitised above by DOMPurify; the page's CSP forbids inline scripts as well. */}
      <div className="email-html" role="document" aria-label="Email as sent" onClick={onClick} dangerouslySetInnerHTML={{ __html: clean.html }} />
    </div>
  );
}
