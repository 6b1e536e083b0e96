// Spots a likely Freedom of Information request, subject access request or formal complaint in any incoming
// item, with the words that gave it away. A suggestion only: the clerk logs it, or not.
//
// Why a request that never names the Act is still suggested: the ICO's view is that any written request to a
// public authority for information it holds in recorded form is a request under FOIA s.8, whether or not it
// mentions the Act, and questions count when the answer is held as a record ("Recognising a request made under
// the Freedom of Information Act (section 8)": "Requests framed as questions"; "the vast majority of written
// requests for information will be valid"). Routine questions (when the bins go, what time the fun day starts,
// a councillor's opinion) are better answered in the normal course of business, which the same guidance allows,
// so the rules look for recorded council business — spending, contracts, minutes, correspondence — and leave
// everyday questions alone. A personal-data request about the sender is a subject access request instead.
import type { Channel, ItemKind } from '../api/domain';
import type { RequestType } from './request-clock';

export interface RecognitionInput {
  text: string;
  subject?: string | null;
  channel?: Channel;
  kind?: ItemKind;
  fromCouncil?: boolean;
}

export interface RequestSuggestion {
  type: RequestType;
  confidence: 'high' | 'medium';
  /** What gave it away, in the clerk's words, each with the words quoted. */
  evidence: string[];
}

interface Rule {
  type: RequestType;
  confidence: 'high' | 'medium';
  says: string;
  pattern: RegExp;
}

const me = String.raw`(?:me|myself|my (?:name|family|household|son|daughter|husband|wife|partner|mother|father|dog|property))`;
const recordNouns = String.raw`(?:minutes|invoices?|contracts?|tenders?|tender documents|quotes|quotations|accounts|budget|reserves policy|asset register|insurance schedule|(?:[\w']+ )?reports?|risk assessments?|lease(?: agreement)?|correspondence|emails|letters|notes|records|documents|figures|breakdown|payments list|bank reconciliation|legal advice|consultation responses|policies|standing orders|financial regulations|expenses|survey|footage|recordings?|agreements?)`;

const rules: readonly Rule[] = [
  // Freedom of Information Act and the Environmental Information Regulations, by name.
  {
    type: 'foi',
    confidence: 'high',
    says: 'Names the Freedom of Information Act',
    pattern: /\bfreedom of information\b|\bFOIA?\b/i,
  },
  {
    type: 'foi',
    confidence: 'high',
    says: 'Names the Environmental Information Regulations',
    pattern: /\b[Ee]nvironmental [Ii]nformation [Rr]egulations\b|\bEIR\b/,
  },
  {
    type: 'foi',
    confidence: 'high',
    says: 'Calls itself a request for information',
    pattern: /\brequest for information\b|\binformation request\b/i,
  },
  // Recorded council business asked for in everyday words.
  {
    type: 'foi',
    confidence: 'medium',
    says: 'Asks what the council spent or paid',
    pattern:
      /\bhow much\b[^.?!\n]{0,60}?\b(?:spent|spend|paid|pay|received|allocated)\b|\bwhat (?:was|were|did|has|have)\b[^.?!\n]{0,40}?\b(?:cost|spend|spent|pay|paid)\b|\bwhat the (?:parish )?council (?:paid|spent|received)\b|\bexpenditure (?:on|of)\b/i,
  },
  {
    type: 'foi',
    confidence: 'medium',
    says: 'Asks for council records',
    pattern: new RegExp(
      String.raw`\b(?:send|provide|supply|forward|disclose|give|let me have|see|get|have|request(?:ing)?|want|like)\b(?: [\w'/-]+){0,7}? (?:cop(?:y|ies) of |details of |records of |a list of |list of )?(?:the |a |an |any |all |your )?(?:[\w'-]+ ){0,3}?${recordNouns}\b`,
      'i',
    ),
  },
  {
    type: 'foi',
    confidence: 'medium',
    says: 'Asks for details held by the council',
    pattern:
      /\b(?:provide|supply|requesting|request) (?:me with )?(?:details|a breakdown|a list|the dates|all records|records)\b|\bbreakdown of\b|\blist of all\b/i,
  },
  {
    type: 'foi',
    confidence: 'medium',
    says: 'Asks how many',
    pattern:
      /\bhow many (?:complaints|times|people|hours|applications|councillors|reports|objections|requests)\b|\bnumber of (?:complaints|reports|applications|objections|requests)\b/i,
  },
  {
    type: 'foi',
    confidence: 'medium',
    says: 'Asks who the council paid or appointed',
    pattern:
      /\bwho did the council (?:appoint|pay|hire|use|employ|choose)\b|\bwho (?:supplied|was paid|was appointed)\b|\bthe supplier'?s name\b|\bwhat (?:legal )?advice did\b/i,
  },
  // Subject access.
  {
    type: 'sar',
    confidence: 'high',
    says: 'Calls itself a subject access request',
    pattern: /\bsubject access\b|\bD?SAR\b|\bdata subject\b/,
  },
  { type: 'sar', confidence: 'high', says: 'Uses the right of access', pattern: /\bright of access\b|\barticle 15\b/i },
  {
    type: 'sar',
    confidence: 'high',
    says: 'Asks under data protection law',
    pattern: /\b(?:under|in line with|according to) (?:the )?(?:uk )?(?:gdpr|data protection(?: act| law)?)\b/i,
  },
  {
    type: 'sar',
    confidence: 'medium',
    says: 'Asks what the council holds about the sender',
    pattern: new RegExp(
      String.raw`\b(?:data|information|info|records?|documents|emails|messages|notes|complaints|everything|anything|file)\b[^.?!\n]{0,60}?\b(?:about|on|relating to|concerning|regarding|refer to|which refer to|that mention|mention|of)\s+${me}\b`,
      'i',
    ),
  },
  {
    type: 'sar',
    confidence: 'medium',
    says: 'Asks what the council holds about the sender',
    pattern:
      /\b(?:you|the council) (?:hold|holds|have|has|keep|keeps|kept|store|stored|collected)\b[^.?!\n]{0,20}?\b(?:about|on) (?:me|my)\b/i,
  },
  {
    type: 'sar',
    confidence: 'medium',
    says: 'Asks for their own personal data',
    pattern:
      /\b(?:send|copy|copies|access|see|request(?:ing)?|provide|want|give)\b[^.?!\n]{0,40}?\bmy (?:personal )?(?:data|information)\b|\bmy personal (?:data|information)\b[^.?!\n]{0,30}?\b(?:under|held|you hold|copy)\b/i,
  },
  {
    type: 'sar',
    confidence: 'medium',
    says: 'Asks for footage or recordings of the sender',
    pattern: new RegExp(
      String.raw`\b(?:footage|recordings?|photos?) of ${me}\b|\b(?:recording|notes) of (?:my|the) (?:phone )?calls?\b`,
      'i',
    ),
  },
  // Formal complaints.
  {
    type: 'complaint',
    confidence: 'high',
    says: 'Says it is a formal complaint',
    pattern:
      /\b(?:formal|official)(?:ly)? complain(?:t|ing)?\b|\bformally complain\b|\bcomplaints procedure\b|\bstage (?:1|2|one|two) complaint\b/i,
  },
  {
    type: 'complaint',
    confidence: 'high',
    says: 'Asks for it to be treated as a complaint',
    pattern:
      /\b(?:this is|treat (?:this|it)(?: email| message)? as|log(?:ged)? (?:this|it) as|(?:this|it) logged as|accept this as|register) (?:a |my )?complaint\b|\bregister my complaint\b/i,
  },
  {
    type: 'complaint',
    confidence: 'high',
    says: 'Is headed as a complaint',
    pattern: /^(?:formal )?complaint(?:\s*[:\-–]|\s+(?:about|re|regarding|against|concerning)\b|$)/i,
  },
  {
    type: 'complaint',
    confidence: 'high',
    says: 'Wants to complain',
    pattern:
      /\bI(?:'m| am)? ?(?:would like|'d like|wish|want|need|am writing|'m writing)? ?to (?:make|lodge|raise|submit|register|file) (?:a |an )?(?:formal |official )?complaint\b|\bI(?: would like| wish| want|'d like| am writing| 'm writing|'m writing| need)? to complain\b|\bI am complaining\b|\bI'm complaining\b|\bI have a (?:\w+ )?(?:complaint|grievance)\b/i,
  },
  {
    type: 'complaint',
    confidence: 'medium',
    says: 'Is unhappy with how a complaint was handled',
    pattern:
      /\bmy complaint\b|\bescalate\b[^.?!\n]{0,20}\bcomplaint\b|\bwhoever deals with complaints\b|\bhow (?:do|can|would) I (?:make a (?:formal )?complaint|complain)\b/i,
  },
];

// Words that turn a complaint phrase round: "I'm not complaining", "no complaints here", "thanks for sorting my complaint".
const notAComplaint =
  /\b(?:not|no|never|nothing to)\s+(?:a\s+|any\s+)?complain(?:t|ts|ing)?\b|\bthank(?:s| you)\b[^.?!\n]{0,20}\b(?:dealing with|sorting(?: out)?|resolving|handling|looking into)\b[^.?!\n]{0,10}\bmy complaint\b/i;
// "How much did you spend on your party? Only joking."
const joking = /\b(?:only joking|just kidding|jk|lol|haha)\b/i;
// Asking to be taken off a list is an objection or erasure, not a request for a copy.
const erasure = /\b(?:remove|delete|erase|take (?:me|my \w+) off|unsubscribe)\b/i;
const thanksForSending = /\bthanks? (?:you )?for (?:sending|sharing|the)\b/i;
// A link, a form or a poster is something to hand out, not a record to search for.
const somethingToHandOut = /\b(?:link|booking form|poster|leaflet)\b/i;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Likely requests in the item, strongest first. Items the council sent are never requests. */
export function recogniseRequests(item: RecognitionInput): RequestSuggestion[] {
  if (item.fromCouncil) return [];
  const text = [item.subject ?? '', item.text].join('\n').replace(/[\u2018\u2019]/g, "'");
  const found = new Map<RequestType, RequestSuggestion>();
  const add = (rule: Rule, words: string) => {
    const evidence = `${rule.says}: "${words.trim()}"`;
    const known = found.get(rule.type);
    if (!known) found.set(rule.type, { type: rule.type, confidence: rule.confidence, evidence: [evidence] });
    else {
      if (rule.confidence === 'high') known.confidence = 'high';
      // One line per kind of evidence: the first words that showed it are enough.
      if (!known.evidence.some((line) => line.startsWith(`${rule.says}:`))) known.evidence.push(evidence);
    }
  };

  for (const sentence of sentencesOf(text)) {
    const hits = rules.flatMap((rule) => {
      const match = rule.pattern.exec(sentence);
      return match ? [{ rule, words: match[0] }] : [];
    });
    const aboutTheSender = hits.some((hit) => hit.rule.type === 'sar');
    for (const { rule, words } of hits) {
      if (rule.type === 'complaint' && notAComplaint.test(sentence)) continue;
      if (rule.type === 'sar' && rule.confidence === 'medium' && erasure.test(sentence)) continue;
      if (
        rule.type === 'foi' &&
        rule.confidence === 'medium' &&
        (aboutTheSender || joking.test(text) || thanksForSending.test(sentence) || somethingToHandOut.test(sentence))
      )
        continue;
      add(rule, words);
    }
  }
  const order = { high: 0, medium: 1 };
  return [...found.values()].sort((a, b) => order[a.confidence] - order[b.confidence]);
}
