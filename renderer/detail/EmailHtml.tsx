// An email's HTML, sanitised, in a sandboxed frame of its own: nothing in it can run, load, reach the
// console's styles or be drawn outside its box. Links open in the system browser after the clerk confirms.
import { useEffect, useMemo, useRef, useState } from 'react';
import { emailFrameDocument } from '../../electron/api/email-frame';
import { sanitiseEmailHtml } from './email-sanitise';

/**
 * allow-same-origin alone, never with allow-scripts: no script runs in the frame (not the email's, not
 * an event handler, not a javascript: link), it cannot open windows, submit forms or navigate the console;
 * same-origin only lets the console read the frame's height and see which link was clicked.
 */
const sandbox = 'allow-same-origin';

export function EmailHtml({ html }: { html: string }) {
  const clean = useMemo(() => sanitiseEmailHtml(html), [html]);
  const frameDocument = useMemo(() => emailFrameDocument(clean.html), [clean.html]);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const anchorRef = useRef<HTMLSpanElement>(null);
  const [height, setHeight] = useState(0);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    let release: () => void = () => undefined;
    const attach = () => {
      release();
      const inner = frame.contentDocument;
      if (!inner?.documentElement) return;
      const fit = () => {
        const root = inner.documentElement;
        // Content height, plus room for a horizontal scroll bar when a wide table needs one.
        setHeight(Math.ceil(root.getBoundingClientRect().height) + (root.scrollWidth > root.clientWidth ? 18 : 0));
      };
      const resized = new ResizeObserver(fit);
      resized.observe(inner.documentElement);
      const clicked = (event: MouseEvent) => onLinkClick(event, frame, anchorRef.current);
      inner.addEventListener('click', clicked);
      fit();
      release = () => {
        resized.disconnect();
        inner.removeEventListener('click', clicked);
      };
    };
    frame.addEventListener('load', attach);
    if (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childNodes.length) attach();
    return () => {
      frame.removeEventListener('load', attach);
      release();
    };
  }, [frameDocument]);

  return (
    <div className="email-html-box">
      {clean.blockedImages > 0 ? (
        <p className="muted">
          {clean.blockedImages} remote image{clean.blockedImages === 1 ? '' : 's'} not loaded (they would tell the
          sender when the email was read).
        </p>
      ) : null}
      <div className="email-frame-holder">
        <span ref={anchorRef} className="email-frame-anchor" aria-hidden="true" />
        <iframe
          ref={frameRef}
          className="email-html"
          title="Email as sent"
          sandbox={sandbox}
          srcDoc={frameDocument}
          referrerPolicy="no-referrer"
          style={{ height: height || undefined }}
        />
      </div>
    </div>
  );
}

/** Every click on a link is the console's to handle: in-page links scroll the box, others ask first. */
function onLinkClick(event: MouseEvent, frame: HTMLIFrameElement, anchor: HTMLSpanElement | null): void {
  const target = event.target as Element | null;
  const link = target && typeof target.closest === 'function' ? target.closest('a') : null;
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute('href');
  if (!href) return;
  if (href.startsWith('#')) return scrollToFragment(decodeURIComponent(href.slice(1)), frame, anchor);
  if (window.confirm(`Open this link in your web browser?\n\n${href}`))
    window.open(href, '_blank', 'noopener,noreferrer');
}

/** Scrolls the console (the email box and the pane around it) to where the element sits in the frame. */
function scrollToFragment(name: string, frame: HTMLIFrameElement, anchor: HTMLSpanElement | null): void {
  const inner = frame.contentDocument;
  const destination = inner?.getElementById(name) ?? inner?.getElementsByName(name)[0];
  if (!inner || !destination || !anchor) return;
  anchor.style.top = `${frame.offsetTop + destination.getBoundingClientRect().top - inner.documentElement.getBoundingClientRect().top}px`;
  anchor.scrollIntoView({ block: 'start' });
}
