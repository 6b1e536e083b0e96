// The sections of the Freedom of Information Act 2000 a refusal may rest on, as data for the refusal picker:
// the Part I grounds (s.12 cost limit, s.14 vexatious or repeated) and every Part II exemption, ss.21–44.
// Titles are the Act's headings; plainTitle is how the clerk says it. Subject access refusals have their own list.

export interface RefusalGround {
  id: string;
  /** "s.43": how a refusal notice cites it. */
  section: string;
  /** The Act's heading for the section. */
  title: string;
  plainTitle: string;
  part: 'I' | 'II';
  /**
   * Absolute exemptions need no public interest test; qualified ones do (and only they allow the public interest
   * extension of s.10(3)). 'partly': some subsections are absolute (ss.36, 37, 40).
   */
  absolute: 'yes' | 'no' | 'partly' | 'not an exemption';
}

export const foiRefusalGrounds = [
  {
    id: 's12',
    section: 's.12',
    title: 'Exemption where cost of compliance exceeds appropriate limit',
    plainTitle: 'Cost limit: finding it would take more than 18 hours (£450)',
    part: 'I',
    absolute: 'not an exemption',
  },
  {
    id: 's14',
    section: 's.14',
    title: 'Vexatious or repeated requests',
    plainTitle: 'Vexatious or repeated request',
    part: 'I',
    absolute: 'not an exemption',
  },
  {
    id: 's21',
    section: 's.21',
    title: 'Information accessible to applicant by other means',
    plainTitle: 'Reasonably accessible already (e.g. published)',
    part: 'II',
    absolute: 'yes',
  },
  {
    id: 's22',
    section: 's.22',
    title: 'Information intended for future publication',
    plainTitle: 'To be published soon',
    part: 'II',
    absolute: 'no',
  },
  {
    id: 's22a',
    section: 's.22A',
    title: 'Research',
    plainTitle: 'Research still in progress, to be published',
    part: 'II',
    absolute: 'no',
  },
  {
    id: 's23',
    section: 's.23',
    title: 'Information supplied by, or relating to, bodies dealing with security matters',
    plainTitle: 'From or about the security bodies',
    part: 'II',
    absolute: 'yes',
  },
  {
    id: 's24',
    section: 's.24',
    title: 'National security',
    plainTitle: 'National security',
    part: 'II',
    absolute: 'no',
  },
  { id: 's26', section: 's.26', title: 'Defence', plainTitle: 'Defence', part: 'II', absolute: 'no' },
  {
    id: 's27',
    section: 's.27',
    title: 'International relations',
    plainTitle: 'International relations',
    part: 'II',
    absolute: 'no',
  },
  {
    id: 's28',
    section: 's.28',
    title: 'Relations within the United Kingdom',
    plainTitle: 'Relations between UK governments',
    part: 'II',
    absolute: 'no',
  },
  { id: 's29', section: 's.29', title: 'The economy', plainTitle: 'The economy', part: 'II', absolute: 'no' },
  {
    id: 's30',
    section: 's.30',
    title: 'Investigations and proceedings conducted by public authorities',
    plainTitle: 'Investigations and proceedings',
    part: 'II',
    absolute: 'no',
  },
  { id: 's31', section: 's.31', title: 'Law enforcement', plainTitle: 'Law enforcement', part: 'II', absolute: 'no' },
  {
    id: 's32',
    section: 's.32',
    title: 'Court records, etc.',
    plainTitle: 'Court records',
    part: 'II',
    absolute: 'yes',
  },
  { id: 's33', section: 's.33', title: 'Audit functions', plainTitle: 'Audit', part: 'II', absolute: 'no' },
  {
    id: 's34',
    section: 's.34',
    title: 'Parliamentary privilege',
    plainTitle: 'Parliamentary privilege',
    part: 'II',
    absolute: 'yes',
  },
  {
    id: 's35',
    section: 's.35',
    title: 'Formulation of government policy, etc.',
    plainTitle: 'Government policy being formed',
    part: 'II',
    absolute: 'no',
  },
  {
    id: 's36',
    section: 's.36',
    title: 'Prejudice to effective conduct of public affairs',
    plainTitle: 'Would harm the conduct of public affairs',
    part: 'II',
    absolute: 'partly',
  },
  {
    id: 's37',
    section: 's.37',
    title: 'Communications with Her Majesty, etc. and honours',
    plainTitle: 'Communications with the Royal Family, and honours',
    part: 'II',
    absolute: 'partly',
  },
  {
    id: 's38',
    section: 's.38',
    title: 'Health and safety',
    plainTitle: 'Would endanger health or safety',
    part: 'II',
    absolute: 'no',
  },
  {
    id: 's39',
    section: 's.39',
    title: 'Environmental information',
    plainTitle: 'Environmental information (answered under the Environmental Information Regulations)',
    part: 'II',
    absolute: 'no',
  },
  {
    id: 's40',
    section: 's.40',
    title: 'Personal information',
    plainTitle: 'Personal information',
    part: 'II',
    absolute: 'partly',
  },
  {
    id: 's41',
    section: 's.41',
    title: 'Information provided in confidence',
    plainTitle: 'Given to the council in confidence',
    part: 'II',
    absolute: 'yes',
  },
  {
    id: 's42',
    section: 's.42',
    title: 'Legal professional privilege',
    plainTitle: 'Legal advice (legal professional privilege)',
    part: 'II',
    absolute: 'no',
  },
  {
    id: 's43',
    section: 's.43',
    title: 'Commercial interests',
    plainTitle: 'Commercial interests or trade secrets',
    part: 'II',
    absolute: 'no',
  },
  {
    id: 's44',
    section: 's.44',
    title: 'Prohibitions on disclosure',
    plainTitle: 'Disclosure forbidden by another law',
    part: 'II',
    absolute: 'yes',
  },
] as const satisfies readonly RefusalGround[];

export type FoiRefusalGroundId = (typeof foiRefusalGrounds)[number]['id'];

/**
 * Why a subject access request may be refused: UK GDPR Art. 12(5) (manifestly unfounded or excessive) or an
 * exemption in the Data Protection Act 2018, Schedules 2–4.
 */
export const sarRefusalGrounds = [
  { id: 'manifestly-unfounded', title: 'Manifestly unfounded (UK GDPR Art. 12(5))' },
  { id: 'manifestly-excessive', title: 'Manifestly excessive (UK GDPR Art. 12(5))' },
  { id: 'dpa-exemption', title: 'An exemption in the Data Protection Act 2018 (Schedules 2–4)' },
] as const;

export type SarRefusalGroundId = (typeof sarRefusalGrounds)[number]['id'];

export type RefusalGroundId = FoiRefusalGroundId | SarRefusalGroundId;

const foiIds: ReadonlySet<string> = new Set(foiRefusalGrounds.map((ground) => ground.id));
const sarIds: ReadonlySet<string> = new Set(sarRefusalGrounds.map((ground) => ground.id));

export function isFoiRefusalGround(id: string): id is FoiRefusalGroundId {
  return foiIds.has(id);
}

export function isSarRefusalGround(id: string): id is SarRefusalGroundId {
  return sarIds.has(id);
}
