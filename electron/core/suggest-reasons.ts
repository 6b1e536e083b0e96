// Suggests which of the policy's removal reasons an item may breach, with the words that led to each. A
// suggestion only: the clerk decides. Rules read by meaning (suggestion-words/); a classifier learned from
// the council's own decisions may add a suggestion, never hide one.
import type { Channel, ItemKind, PolicyReasonId, ReasonSuggestion } from '../api/domain';
import { findAccusations, findAllegations } from './accusations';
import type { DecisionClassifier } from './decision-classifier';
import { readMessage } from './message-words';
import { findInsults, findThreats } from './personal-attacks';
import { findPrivateDetails } from './private-details';
import { findObsceneWords, unmaskWords } from './profanity';
import { findCopying, findLinks, findOffTopic, findSpam, isTrustedLink, mentionsParish } from './promotions';
import { findRacistContent } from './racist-content';

export interface SuggestionInput {
  text: string;
  subject?: string | null;
  kind?: ItemKind;
  channel?: Channel;
}

export interface SuggestionOptions {
  /** The council's own email addresses, phone numbers and address: never someone's personal data; their web domains are on topic. */
  councilContacts?: readonly string[];
  /** What was learned from the council's decisions, when there is something. */
  learned?: LearnedSuggester;
  /** How sure the learned classifier must be to add a suggestion. */
  learnedThreshold?: number;
}

/** What suggestions need of the classifier learned from the council's decisions. */
export type LearnedSuggester = Pick<DecisionClassifier, 'predict'>;

const privateKinds: readonly ItemKind[] = ['email', 'sms', 'dm', 'message'];
const listed = (words: readonly string[]) =>
  words
    .slice(0, 3)
    .map((word) => `"${word}"`)
    .join(', ');

export const defaultLearnedThreshold = 0.9999;

function councilDomains(contacts: readonly string[]): string[] {
  return contacts.flatMap((contact) => {
    const email = /@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(contact.trim());
    const site = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/i.exec(contact.trim());
    return email?.[1] ? [email[1].toLowerCase()] : site?.[1] && !contact.includes('@') ? [site[1].toLowerCase()] : [];
  });
}

/** The rules' suggestions alone. */
export function ruleSuggestions(item: SuggestionInput, options: SuggestionOptions = {}): ReasonSuggestion[] {
  const text = [item.subject ?? '', item.text].join('\n');
  const written = readMessage(text);
  const message = unmaskWords(written);
  const found = new Map<PolicyReasonId, ReasonSuggestion>();
  const add = (reasonId: PolicyReasonId, confidence: 'high' | 'medium', evidence: string, threat = false) => {
    const existing = found.get(reasonId);
    if (!existing)
      found.set(reasonId, {
        reasonId,
        confidence,
        evidence: [evidence],
        source: 'rule',
        ...(threat ? { threat } : {}),
      });
    else {
      if (confidence === 'high') existing.confidence = 'high';
      if (threat) existing.threat = true;
      if (!existing.evidence.includes(evidence)) existing.evidence.push(evidence);
    }
  };
  const contacts = options.councilContacts ?? [];

  const { obscene, slurs } = findObsceneWords(text, written);
  if (slurs.length > 0) add('obscene-racist', 'high', `Slurs: ${slurs.join(', ')}`);
  if (obscene.length > 0) add('obscene-racist', 'high', `Obscene words: ${obscene.join(', ')}`);
  const racist = findRacistContent(message);
  if (racist.length > 0) add('obscene-racist', 'high', `Racist or hateful words: ${listed(racist)}`);

  const threats = findThreats(message);
  if (threats.length > 0) add('personal-attack', 'high', `Threatening words: ${listed(threats)}`, true);
  const insults = findInsults(message);
  if (insults.length > 0) add('personal-attack', 'high', `Insults: ${listed(insults)}`);

  const accusation = findAccusations(message);
  // "All thieves" said of a group is hate, not libel: an accusation needs someone it can be about.
  const aboutAGroup = !accusation.identified && (racist.length > 0 || slurs.length > 0);
  if (accusation.evidence.length > 0 && !aboutAGroup)
    add(
      'libellous',
      accusation.identified ? 'high' : 'medium',
      `Accusations of wrongdoing: ${listed(accusation.evidence)}`,
    );
  const allegations = findAllegations(message);
  if (allegations.length > 0)
    add('alleged-breach', 'high', `Alleges a breach of policy or law: ${listed(allegations)}`);

  const untrusted = findLinks(text).filter((link) => !isTrustedLink(link, councilDomains(contacts)));
  const spam = findSpam(message, untrusted);
  const copying = findCopying(message);
  if (copying.strong) add('unlawful-copyright', 'high', `Copied or pirated material: ${listed(copying.evidence)}`);
  // A pirated download offered with a link is copying; it is advertising too only when it sells.
  if (spam.kinds >= (copying.strong ? 3 : 2))
    add('commercial-spam', spam.kinds >= 3 ? 'high' : 'medium', `Advertising: ${listed(spam.evidence)}`);

  const isPublic = item.kind === undefined || !privateKinds.includes(item.kind);
  const details = findPrivateDetails(written, { isPublic, councilContacts: contacts, advertiser: spam.kinds >= 2 });
  if (details.confidence)
    add(
      'private-info',
      details.confidence,
      `Someone else's personal details: ${details.evidence.slice(0, 3).join(', ')}`,
    );

  if (!found.has('commercial-spam') && !found.has('unlawful-copyright')) {
    const unrelated = findOffTopic(message);
    if (unrelated.length > 0) add('off-topic', 'medium', `Unrelated to the parish: ${listed(unrelated)}`);
    if (untrusted.length > 0 && !mentionsParish(message))
      add('off-topic', 'medium', `Link unrelated to the parish: ${untrusted[0]?.written}`);
  }

  const order = { high: 0, medium: 1 };
  return [...found.values()].sort((a, b) => order[a.confidence] - order[b.confidence]);
}

export function suggestReasons(item: SuggestionInput, options: SuggestionOptions = {}): ReasonSuggestion[] {
  const suggestions = ruleSuggestions(item, options);
  const learned = options.learned?.predict([item.subject ?? '', item.text].join('\n'));
  if (!learned?.reasonId || learned.probability < (options.learnedThreshold ?? defaultLearnedThreshold))
    return suggestions;
  const evidence = `Learned from ${learned.decisions} of your decisions`;
  const same = suggestions.find((suggestion) => suggestion.reasonId === learned.reasonId);
  if (same) {
    same.evidence.push(evidence);
    return suggestions;
  }
  // After every rule's suggestion: what was learned never pushes a rule aside.
  return [
    ...suggestions,
    {
      reasonId: learned.reasonId,
      confidence: 'medium',
      evidence: [evidence],
      source: 'learned',
      learnedFrom: learned.decisions,
    },
  ];
}
