// Words of the code that must never reach a screen or an export: for tests that read every view and file.
import { actionKinds } from './action-words';
import { channelOperations } from './channel-words';
import { policyReasonIds } from './domain';

const replyFormIds = ['public-reply', 'private-reply', 'direct-message'];
// One-word ids that are also plain English ("removed", "note", "hide") are left out: they would match good text.
const isId = (word: string): boolean => word.includes('-') || ['untrash', 'unspam'].includes(word);

// Matched in any case ("Outbox", "X mention"); the ids and leaked values only as written, so a sender's "DM me" is not one.
const anyCase = ['payload', 'outbox', 'connector', 'idempotency', 'sms sms', 'x mention', 'x dm', 'reply queued'];
const asWritten = [
  ...new Set([
    ...actionKinds.filter(isId),
    ...channelOperations.filter(isId),
    ...policyReasonIds.filter(isId),
    ...replyFormIds,
  ]),
  'dm',
  'undefined',
  'NaN',
  '[object Object]',
  'Invalid Date',
];

export const internalWords: readonly string[] = [...anyCase, ...asWritten];

export const internalPatterns = {
  /** 2026-11-01T04:44:00.000Z: allowed only in an export's own ISO column. */
  isoTimestamp: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/,
  /** "hide: delivered", 'move to "Removed": delivered': an outbox row shown as it is stored. */
  rawDeliveryState: /(?:\b[\w-]+|"[^"\n]*"): (?:queued|delivering|delivered|failed|cancelled)\b/,
  /** "… on the channel · delivered": a stored state tacked on to a line of the record. */
  trailingDeliveryState: /· (?:queued|delivering|delivered|failed|cancelled)\b/,
  /** {{policyUrl}}: a canned reply variable nobody filled. */
  templateVariable: /\{\{\s*[\w.]+\s*\}\}/,
} as const;

const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPatterns = internalWords.map((word) => ({
  word,
  pattern: new RegExp(`(?<![\\w-])${escaped(word)}(?![\\w-])`, anyCase.includes(word) ? 'i' : ''),
}));

/** The internal words and patterns found in text a clerk would see; empty when it is clean. */
export function findInternalWords(text: string, options: { allowIsoTimestamps?: boolean } = {}): string[] {
  const found = wordPatterns.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);
  for (const [name, pattern] of Object.entries(internalPatterns)) {
    if (name === 'isoTimestamp' && options.allowIsoTimestamps) continue;
    const match = pattern.exec(text);
    if (match) found.push(match[0]);
  }
  return found;
}
