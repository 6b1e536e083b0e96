// Formatting rules for replies on each channel: SMS segments, X's weighted length, email subject,
// quoting and threading headers. Pure, so the composer and the sender agree on every number.
import { ukLongDate, ukTime } from '../api/uk-time';

// GSM 03.38 basic character set (1 septet each); ESC (0x1B) is left out as it is not typeable text.
const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// Extension table: sent as ESC + char, so each costs 2 septets.
const gsmExtension = new Set('\f^{}\\[~]|€');

export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  units: number;
  segments: number;
  perSegment: number;
}

/**
 * How many SMS segments a text costs. One segment holds 160 GSM-7 septets or 70 UCS-2 units;
 * in a multipart message the UDH takes room, leaving 153 or 67 (Twilio's documented behaviour).
 */
export function smsSegments(text: string): SmsSegments {
  const chars = [...text];
  const gsm = chars.every((char) => gsmBasic.has(char) || gsmExtension.has(char));
  // Cost of each character: septets for GSM-7, UTF-16 code units for UCS-2 (an emoji is 2).
  const costs = chars.map((char) => (gsm ? (gsmExtension.has(char) ? 2 : 1) : char.length));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const single = gsm ? 160 : 70;
  if (units === 0) return { encoding: 'GSM-7', units: 0, segments: 0, perSegment: single };
  if (units <= single) return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments: 1, perSegment: single };
  const perSegment = gsm ? 153 : 67;
  // Pack character by character: an escape pair or surrogate pair is never split across segments,
  // so a message can need one more segment than units / perSegment suggests.
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > perSegment) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments, perSegment };
}

/** X's maximum weighted length for a post (twitter-text v3 maxWeightedTweetLength). */
export const xLimit = 280;
const xUrlLength = 23; // transformedURLLength: t.co wraps every link to this length.

// twitter-text v3 ranges of weight 1 (Latin, Greek, Cyrillic, Hebrew, Arabic... and some punctuation).
const lightRanges: readonly (readonly [number, number])[] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
// Links: http(s) URLs, or bare domains with a common TLD (a full TLD list would be overkill here).
// The lookbehind stops the domain of an email address counting as a link, as in twitter-text.
const urlPattern =
  /(?<![@\w.-])(?:https?:\/\/[^\s<>"]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|uk|gov|edu|info|io|co|eu|me|app|dev|ly|tv|ai|biz)\b(?:\/[^\s<>"]*)?)/gi;
// v3 counts a whole emoji sequence (ZWJ families, flags, skin tones) as one weight-2 character.
// Built at runtime because the `v` flag is newer than the project's ES2023 target.
const emojiPattern = new RegExp(String.raw`\p{RGI_Emoji}`, 'gv');

function codePointWeight(codePoint: number): number {
  return lightRanges.some(([low, high]) => codePoint >= low && codePoint <= high) ? 1 : 2;
}

/** A post's length as X counts it: URLs 23, emoji and CJK 2, most other characters 1. */
export function xWeightedLength(text: string): number {
  const normalised = text.normalize('NFC');
  let length = 0;
  // Replace each URL and emoji by a single placeholder of known weight, then weigh what is left.
  const rest = normalised
    .replace(urlPattern, (url) => {
      // Trailing sentence punctuation is not part of the link.
      const trailing = /[.,;:!?)'"]+$/.exec(url)?.[0] ?? '';
      length += xUrlLength;
      return trailing;
    })
    .replace(emojiPattern, () => {
      length += 2;
      return '';
    });
  for (const char of rest) length += codePointWeight(char.codePointAt(0) ?? 0);
  return length;
}

/** "Re: subject", without stacking prefixes when the subject is already a reply. */
export function emailReplySubject(subject: string | null): string {
  const trimmed = subject?.trim() ?? '';
  if (trimmed === '') return 'Re: your message';
  // "Re:", "RE:", "Re :" and German "AW:" all already mark a reply.
  if (/^(?:re|aw)\s*:/i.test(trimmed)) return trimmed;
  return `Re: ${trimmed}`;
}

// Month names written out so the wording never depends on the machine's Intl locale data.

/** The original message quoted under an "On <date> at <time>, <name> wrote:" line, in UK time (BST-aware). */
export function quoteForReply(text: string, authorName: string, sentAt: Date): string {
  const header = `On ${ukLongDate(sentAt)} at ${ukTime(sentAt)}, ${authorName} wrote:`;
  // Already-quoted lines become ">>" and blank lines a bare ">", as mail clients expect.
  const quoted = text
    .split(/\r?\n/)
    .map((line) => (line === '' ? '>' : line.startsWith('>') ? `>${line}` : `> ${line}`));
  return [header, ...quoted].join('\n');
}

function bracketed(id: string): string {
  const bare = id.trim().replace(/^<|>$/g, '');
  return `<${bare}>`;
}

/** In-Reply-To and References for a reply (RFC 5322 §3.6.4): the parent's id goes last. */
export function threadingHeaders(original: { messageId: string; references: string[] }): {
  inReplyTo: string;
  references: string[];
} {
  const messageId = bracketed(original.messageId);
  const earlier = original.references.filter((id) => id.trim() !== '').map(bracketed);
  return { inReplyTo: messageId, references: [...new Set([...earlier.filter((id) => id !== messageId), messageId])] };
}
