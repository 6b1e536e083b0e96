// Which items of a subject access export hold personal data that may be someone else's, for the clerk to read first.
import { findPersonalData, type PersonalDataKind } from './personal-data';

export interface ItemToCheck {
  itemId: number;
  /** What was found, each kind once, in the order personal-data lists them. */
  kinds: PersonalDataKind[];
}

export interface OwnDetails {
  /** The requester's own email addresses and phone numbers, which are theirs to receive. */
  emails: readonly string[];
  phones: readonly string[];
}

const kindOrder: readonly PersonalDataKind[] = ['email', 'phone', 'postcode', 'street-address', 'ip-address'];

/**
 * The items whose text (or subject) holds an email address, phone number, postcode, street address or IP
 * address that is neither the requester's own nor the council's. A postcode or street address may still
 * be the requester's own: the tool cannot know, so it asks the clerk to look rather than deciding.
 */
export function itemsToCheck(
  items: readonly { id: number; subject: string | null; text: string }[],
  own: OwnDetails,
  councilContacts: readonly string[],
): ItemToCheck[] {
  const allowed = [...own.emails, ...own.phones, ...councilContacts];
  const flagged: ItemToCheck[] = [];
  for (const item of items) {
    const found = new Set(
      findPersonalData(`${item.subject ?? ''}\n${item.text}`, { allowed }).map((match) => match.kind),
    );
    if (found.size > 0) flagged.push({ itemId: item.id, kinds: kindOrder.filter((kind) => found.has(kind)) });
  }
  return flagged;
}

const kindWords: Record<PersonalDataKind, string> = {
  email: 'an email address',
  phone: 'a phone number',
  postcode: 'a postcode',
  'street-address': 'a street address',
  'ip-address': 'an IP address',
};

/** "Item 12 (an email address, a phone number)", for the README and the clerk's notice. */
export function describeToCheck(entry: ItemToCheck): string {
  return `Item ${entry.itemId} (${entry.kinds.map((kind) => kindWords[kind]).join(', ')})`;
}
