// Suggests which of the policy's removal reasons an item may breach. A suggestion only: the clerk decides.
import type { Channel, ItemKind, PolicyReasonId, ReasonSuggestion } from '../api/domain';
import { findPersonalData } from './personal-data';
import { findProfanity } from './profanity';

export interface SuggestionInput {
  text: string;
  subject?: string | null;
  kind?: ItemKind;
  channel?: Channel;
}

type Rule = { reasonId: PolicyReasonId; confidence: 'high' | 'medium'; pattern: RegExp };

const rules: readonly Rule[] = [
  { reasonId: 'obscene-racist', confidence: 'high', pattern: /\b(?:go back to where (?:you|they) came from|sent back where they came from|bloody (?:foreigners|incomers|immigrants))\b/i },
  { reasonId: 'personal-attack', confidence: 'high', pattern: /\b(?:i know where (?:you|he|she|they) lives?|(?:you'?ll|you will) regret|sort (?:you|him|her|them) out|watch (?:your|his|her) back|shame if something happened|come down to the hall and|i know what car)\b/i },
  { reasonId: 'personal-attack', confidence: 'high', pattern: /\b(?:useless|pathetic|lying|fat)\s+(?:idiots?|morons?|clowns?|prats?|jobsworths?|cow|wankers?|lot)\b|\b(?:bunch of|lot of you)\s+(?:useless |fucking |bloody )?(?:idiots|clowns|morons|wankers)\b|\bis an? (?:idiot|moron|clown)\b|\bcomplete moron\b/i },
  { reasonId: 'personal-attack', confidence: 'medium', pattern: /\b(?:idiots?|morons?|clowns|pathetic|should be sacked|wants sacking|resign,? all of you)\b/i },
  { reasonId: 'libellous', confidence: 'high', pattern: /\b(?:backhanders?|bribes?|bribed|on the take|paid off|corrupt(?:ion)?|fraud|fiddl(?:e|es|ed|ing)|lining (?:their|his|her) (?:own )?pockets|(?:is|are) a (?:fucking )?crook|stitch-up|rigged|covering up)\b/i },
  { reasonId: 'unlawful-copyright', confidence: 'high', pattern: /©|\ball rights reserved\b|\bcopied from\b|\bfull (?:article|text)\b.{0,40}\b(?:pasted|no paywall|free|here)\b|\bfree (?:pdf|download)\b|\bfull (?:premier league )?matches free\b|\bno subscription\b/i },
  { reasonId: 'commercial-spam', confidence: 'high', pattern: /\b(?:free quotes?|\d+% off|first (?:one|week) free|promo code|quote [A-Z]+\d+|call now|apply now|order (?:online )?now|dm (?:me|us)(?: now)?(?: for)?|message me for|grow (?:real )?accounts|followers (?:for|fast)|\d+k? followers|loans? (?:from|for)|cheap (?:loans|meds)|guaranteed (?:\d+% )?(?:results|returns)|pre-approved|processing fee|signals group|win rate|free uk delivery)\b/i },
  { reasonId: 'commercial-spam', confidence: 'medium', pattern: /\b(?:discount|special rate|£\d+\s*(?:\/|per)\s*(?:month|bin)|pressure washing|jet wash|seo packages?|crypto|bitcoin|btc|investment group)\b/i },
  { reasonId: 'off-topic', confidence: 'medium', pattern: /\b(?:you won'?t believe|watch till the end|viral|breaking:|prime minister|celebrity|crazy video|casino|bitcoin|btc to)\b/i },
  { reasonId: 'alleged-breach', confidence: 'high', pattern: /\b(?:broke|breaking|breach(?:ed)?(?: of)?|against|in breach of|violat(?:ed|ing))\s+(?:the |its |our |their )?(?:own )?(?:law|gdpr|data protection|human rights act|localism act|local government act|standing orders|code of conduct|allocation policy|policy)\b|\b(?:unlawful|illegal)\b|\breport(?:ing)? (?:the council |you )?to the (?:ico|information commissioner|ombudsman|auditor|police|monitoring officer)\b|\bsee you in court\b/i },
];

const linkPattern = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:example\.(?:com|org|net|me)|com|co\.uk|me)\/\S*/gi;
const privateKinds: readonly ItemKind[] = ['email', 'sms', 'dm', 'message'];
const someoneElse = /\b(?:his|her|their|the applicant|my neighbou?r|the man|the woman)\b.{0,60}\b(?:number|address|email|lives|phone|at \d)|\blives at\b|\bhome (?:address|email)\b|\bon the electoral roll\b/i;

export function suggestReasons(item: SuggestionInput, options: { councilContacts?: readonly string[] } = {}): ReasonSuggestion[] {
  const text = [item.subject ?? '', item.text].join('\n');
  const found = new Map<PolicyReasonId, ReasonSuggestion>();
  const add = (reasonId: PolicyReasonId, confidence: 'high' | 'medium', evidence: string) => {
    const existing = found.get(reasonId);
    if (!existing) found.set(reasonId, { reasonId, confidence, evidence: [evidence] });
    else {
      if (confidence === 'high') existing.confidence = 'high';
      if (!existing.evidence.includes(evidence)) existing.evidence.push(evidence);
    }
  };

  const swearing = findProfanity(text);
  if (swearing.length > 0) add('obscene-racist', 'high', `Obscene words: ${swearing.join(', ')}`);
  for (const rule of rules) {
    const match = rule.pattern.exec(text);
    if (match) add(rule.reasonId, rule.confidence, `"${match[0]}"`);
  }

  const personal = findPersonalData(text, { allowed: options.councilContacts });
  const isPrivate = item.kind !== undefined && privateKinds.includes(item.kind);
  if (personal.length > 0 && (!isPrivate || someoneElse.test(text))) {
    add('private-info', 'high', `Personal data: ${personal.map((match) => match.text).join(', ')}`);
  } else if (isPrivate && someoneElse.test(text) && /\b\d{1,4}[a-z]?\s+[A-Z][a-z]+ (?:Lane|Road|Close|Street)\b/.test(text)) {
    add('private-info', 'medium', 'Someone else\'s address');
  }

  const links = text.match(linkPattern) ?? [];
  if (links.length > 0 && !found.has('commercial-spam') && !found.has('unlawful-copyright')) add('off-topic', 'medium', `Link: ${links[0]}`);

  const order = { high: 0, medium: 1 };
  return [...found.values()].sort((a, b) => order[a.confidence] - order[b.confidence]);
}
