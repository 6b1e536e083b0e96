// An email's HTML made fit to show (DOMPurify): no script, style, form, frame or embedded document, and
// every remote source taken out and counted, as loading one tells the sender when the email was read.
import DOMPurify from 'dompurify';

export interface SanitisedEmail {
  html: string;
  /** Remote images, backgrounds, pictures and video posters not loaded, and url()s in the email's styles. */
  blockedImages: number;
}

// Styles are dropped whole: kept, they could position things, reach out with url(), or mimic the console.
const forbiddenTags = [
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'label',
  'fieldset',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'dialog',
  'template',
  'slot',
];
const forbiddenAttributes = [
  'style',
  'class',
  'srcset',
  'sizes',
  'target',
  'ping',
  'formaction',
  'action',
  'popover',
  'popovertarget',
  'autofocus',
  'tabindex',
  'accesskey',
  'contenteditable',
  'draggable',
];

/** Attributes a browser loads by itself, whatever the element (href only where it loads: stylesheets, SVG images). */
const loadedAttributes = ['src', 'srcset', 'poster', 'background', 'data', 'lowsrc', 'dynsrc', 'imagesrcset'];
const loadedHrefTags = new Set(['link', 'image', 'use', 'feimage', 'script']);

/** http(s), mailto and in-page links survive; plain values such as width="600" or align="left" too. */
const allowedUri = /^(?:(?:https?|mailto|cid):|#|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

export function sanitiseEmailHtml(dirty: string): SanitisedEmail {
  const purifier = DOMPurify();
  let blockedImages = 0;
  purifier.addHook('uponSanitizeElement', (node) => {
    // Counted on the email as it came, before anything is removed; each element once.
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.localName === 'style') blockedImages += remoteCssUrls(element.textContent ?? '');
    blockedImages += remoteCssUrls(element.getAttribute('style') ?? '');
    const sources = loadedAttributes.map((name) => element.getAttribute(name));
    if (loadedHrefTags.has(element.localName))
      sources.push(element.getAttribute('href'), element.getAttribute('xlink:href'));
    if (sources.some((value) => value !== null && isRemote(value))) blockedImages++;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const attached = /^cid:/i.test(element.getAttribute('src')?.trim() ?? '');
    for (const name of ['src', 'background', 'poster']) {
      const value = element.getAttribute(name);
      if (value !== null && !/^data:image\//i.test(value.trim())) element.removeAttribute(name);
    }
    if (element.localName === 'img' && !element.hasAttribute('src')) {
      const alt = element.getAttribute('alt');
      element.setAttribute(
        'alt',
        `[${attached ? 'picture attached to the email, not shown' : 'remote image not loaded'}${alt ? `: ${alt}` : ''}]`,
      );
    }
    if (element.localName === 'a') {
      const href = element.getAttribute('href');
      if (href !== null && !/^(?:https?:|mailto:|#)/i.test(href.trim())) element.removeAttribute('href');
      element.setAttribute('rel', 'noopener noreferrer');
    }
  });
  const html = purifier.sanitize(dirty, {
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
    ALLOWED_URI_REGEXP: allowedUri,
  });
  return { html, blockedImages };
}

/**
 * A source that would be fetched: anything but data:, an in-page #fragment, or an attachment (cid:). A
 * srcset lists several, "address descriptor" each; a data: address holds a comma of its own.
 */
function isRemote(value: string): boolean {
  const candidates = value.replace(/data:[^\s,]*(,[^\s,]*)?/gi, ' ').split(',');
  return candidates.some((candidate) => {
    const url = candidate.trim().split(/\s+/)[0] ?? '';
    return url !== '' && !url.startsWith('#') && !/^cid:/i.test(url) && !/^\d+(\.\d+)?[wxh]$/i.test(url);
  });
}

function remoteCssUrls(css: string): number {
  let count = 0;
  for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3/gi)) {
    const address = (match[2] ?? match[4] ?? '').trim();
    if (address !== '' && !/^data:/i.test(address) && !address.startsWith('#')) count++;
  }
  return count;
}
