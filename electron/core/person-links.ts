// Which senders are probably one person: suggestions for the clerk to confirm, never links made on their own.
import { normalisePhone } from './personal-data';

export interface SenderIdentity {
  authorId: number;
  personId: number;
  channel: string;
  name: string;
  handle: string | null;
  email: string | null;
  phone: string | null;
}

/** strong: the same address or number; medium: the same name and the same handle; weak: a (similar) name alone. */
export type LinkStrength = 'strong' | 'medium' | 'weak';

export interface LinkSuggestion {
  /** The sender that may belong to this person… */
  candidate: SenderIdentity;
  /** …because of this one of the person's own senders. */
  matchedAuthorId: number;
  strength: LinkStrength;
  evidence: string[];
}

const strengthOrder: Record<LinkStrength, number> = { strong: 0, medium: 1, weak: 2 };

/** Lower case, no accents, no punctuation: "Kévin  O'Marsh" → "kevin omarsh". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name that is really a number or an address says nothing about who someone is. */
function isRealName(name: string): boolean {
  return /\p{L}/u.test(name) && !name.includes('@') && normaliseName(name).split(' ').length >= 2;
}

/** Letters and digits only: "@kevmarsh_ac" → "kevmarshac". */
function squash(text: string): string {
  return normaliseName(text).replace(/[^\p{L}\p{N}]/gu, '');
}

function handlesOf(identity: SenderIdentity): string[] {
  // An email address speaks for its owner only in its local part: everyone at example.net shares the rest.
  return [identity.handle, identity.email?.split('@')[0] ?? null]
    .filter((value): value is string => Boolean(value))
    .map(squash);
}

/** "Kev Marsh" and "Kevin Marsh": same surname, and one first name starts the other. */
function namesAgree(a: string, b: string): 'same' | 'close' | null {
  const left = normaliseName(a);
  const right = normaliseName(b);
  if (left === right) return 'same';
  const [firstA = '', ...restA] = left.split(' ');
  const [firstB = '', ...restB] = right.split(' ');
  const surnameA = restA.at(-1);
  if (!surnameA || surnameA !== restB.at(-1) || Math.min(firstA.length, firstB.length) < 2) return null;
  return firstA.startsWith(firstB) || firstB.startsWith(firstA) ? 'close' : null;
}

/** A handle (or email local part) the two senders share, e.g. "gazza_ashcombe" on X and in an email address. */
function sharedHandle(a: SenderIdentity, b: SenderIdentity): string | null {
  const theirs = new Set(handlesOf(b).filter((handle) => handle.length >= 4));
  return handlesOf(a).find((handle) => theirs.has(handle)) ?? null;
}

function judge(own: SenderIdentity, candidate: SenderIdentity): { strength: LinkStrength; evidence: string[] } | null {
  const evidence: string[] = [];
  let strength: LinkStrength | null = null;
  if (own.email && candidate.email && own.email.trim().toLowerCase() === candidate.email.trim().toLowerCase()) {
    evidence.push(`Same email address (${candidate.email})`);
    strength = 'strong';
  }
  if (
    own.phone &&
    candidate.phone &&
    normalisePhone(own.phone) === normalisePhone(candidate.phone) &&
    normalisePhone(own.phone).length >= 10
  ) {
    evidence.push(`Same phone number (${candidate.phone})`);
    strength = 'strong';
  }
  if (isRealName(own.name) && isRealName(candidate.name)) {
    const names = namesAgree(own.name, candidate.name);
    if (names) {
      const handle = sharedHandle(own, candidate);
      evidence.push(
        names === 'same' ? `Same name (${candidate.name})` : `Similar name (${own.name} / ${candidate.name})`,
      );
      if (handle) evidence.push(`Same handle (${handle})`);
      const byName: LinkStrength = handle ? 'medium' : 'weak';
      if (strength === null || strengthOrder[byName] < strengthOrder[strength]) strength = byName;
    }
  }
  if (strength === null) return null;
  if (strength === 'weak') evidence.push('Name only: check it is the same person before linking');
  else if (strength === 'medium') evidence.push('Check before linking');
  return { strength, evidence };
}

/**
 * Suggestions for one person: every candidate sender of another person that matches one of theirs,
 * strongest first, one per candidate; pairs the clerk already turned down are left out.
 */
export function suggestLinks(
  own: readonly SenderIdentity[],
  candidates: readonly SenderIdentity[],
  rejected: ReadonlySet<string> = new Set(),
): LinkSuggestion[] {
  const personIds = new Set(own.map((identity) => identity.personId));
  const best = new Map<number, LinkSuggestion>();
  for (const candidate of candidates) {
    if (personIds.has(candidate.personId)) continue;
    for (const mine of own) {
      if (rejected.has(rejectionKey(mine.authorId, candidate.authorId))) continue;
      const verdict = judge(mine, candidate);
      if (!verdict) continue;
      const current = best.get(candidate.authorId);
      if (!current || strengthOrder[verdict.strength] < strengthOrder[current.strength]) {
        best.set(candidate.authorId, { candidate, matchedAuthorId: mine.authorId, ...verdict });
      }
    }
  }
  return [...best.values()].sort(
    (a, b) =>
      strengthOrder[a.strength] - strengthOrder[b.strength] ||
      a.candidate.name.localeCompare(b.candidate.name) ||
      a.candidate.authorId - b.candidate.authorId,
  );
}

/** The same key whichever way round the pair is given. */
export function rejectionKey(authorId: number, otherAuthorId: number): string {
  return authorId < otherAuthorId ? `${authorId}:${otherAuthorId}` : `${otherAuthorId}:${authorId}`;
}
