// The council's SMS number: a UK phone number residents can text back, never a name.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type CouncilNumber = { ok: true; e164: string } | { ok: false; message: string };

/**
 * Twilio: an Alphanumeric Sender ID is "your company name or brand displayed as the sender ID for one-way text
 * messaging" (https://www.twilio.com/docs/glossary/what-alphanumeric-sender-id): a resident cannot answer it, so
 * it cannot be the number the console reads replies from. What is left must be a real UK number (+44, which
 * also covers the Channel Islands and the Isle of Man), given the way it is written in the UK or in +44 form;
 * it is kept in E.164 form, as Twilio's API writes it.
 */
export function councilNumber(given: string): CouncilNumber {
  const typed = given.trim();
  if (typed === '') return { ok: false, message: "give the council's phone number in +44 form, e.g. +447400123456" };
  // Twilio sender ids are up to 11 letters, digits and spaces with at least one letter.
  if (/\p{L}/u.test(typed))
    return {
      ok: false,
      message: `Residents cannot reply to a name like '${typed}' in the UK: give the council's phone number in +44 form.`,
    };
  const number = parsePhoneNumberFromString(typed, 'GB');
  if (number?.countryCallingCode !== undefined && number.countryCallingCode !== '44') {
    return {
      ok: false,
      message: `${typed} is not a UK number: give the council's UK phone number in +44 form, the one residents text.`,
    };
  }
  if (!number?.isValid())
    return {
      ok: false,
      message: `${typed} is not a UK phone number: check the digits and give it in +44 form, e.g. +447400123456.`,
    };
  return { ok: true, e164: number.number };
}
