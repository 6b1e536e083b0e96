// The council's channel accounts: what each kind needs to connect, which of it is secret, and how it is.
import { z } from 'zod';
import { councilNumber } from './council-number';
import { publishedXPrices } from './x-prices';
import type { Channel } from './domain';

export const connectorKinds = ['facebook', 'x', 'email', 'wordpress', 'twilio'] as const;
export type ConnectorKind = (typeof connectorKinds)[number];
export const connectorKindSchema = z.enum(connectorKinds);

export interface AccountField {
  name: string;
  label: string;
  type: 'text' | 'number' | 'url' | 'email' | 'checkbox' | 'password';
  /** Kept in the SecretStore, never in the database, settings, logs or messages. */
  secret: boolean;
  required: boolean;
  placeholder?: string;
  /** One sentence under the field saying what it does. */
  hint?: string;
  /** A checkbox's value for an account that has not set it. */
  defaultChecked?: boolean;
  /** Fields shown together under this heading, folded away until opened (prices, say). */
  group?: string;
  /** What a new account's field starts with: a real value, not a grey placeholder. */
  defaultValue?: string;
}

/** The email account's OAuth2 fields, folded away unless the provider needs them. */
export const oauthGroup = 'Advanced: OAuth2 sign-in';

const xPriceGroup = "X's prices (US$ each; change them when X changes its prices)";
const price = (name: string, label: string, published: number): AccountField => ({
  name,
  label,
  type: 'number',
  secret: false,
  required: false,
  placeholder: String(published),
  group: xPriceGroup,
});
/** Defaults are X's published prices (core/x-spend cites the page); empty means the default. */
const xPriceFields: AccountField[] = [
  price('pricePostRead', 'A post read', publishedXPrices['post-read']),
  price('priceOwnPostRead', "One of the council's own posts read", publishedXPrices['own-post-read']),
  price('priceUserRead', 'A profile read', publishedXPrices['user-read']),
  price('priceDmEventRead', 'A direct message read', publishedXPrices['dm-event-read']),
  price('pricePostCreate', 'A post or reply sent', publishedXPrices['post-create']),
  price('pricePostCreateWithUrl', 'A post or reply sent with a link', publishedXPrices['post-create-with-url']),
  price('priceDmCreate', 'A direct message sent', publishedXPrices['dm-create']),
];

const text = (name: string, label: string, placeholder?: string): AccountField => ({
  name,
  label,
  type: 'text',
  secret: false,
  required: true,
  ...(placeholder ? { placeholder } : {}),
});
const secret = (name: string, label: string, required = true): AccountField => ({
  name,
  label,
  type: 'password',
  secret: true,
  required,
});

export const accountForms: Readonly<
  Record<ConnectorKind, { channel: Channel; title: string; fields: AccountField[] }>
> = {
  facebook: {
    channel: 'facebook',
    title: 'Facebook Page',
    fields: [
      text('pageId', 'Page id'),
      secret('accessToken', 'Page access token'),
      {
        name: 'humanAgent',
        label: "The Page's app has the Human Agent permission",
        type: 'checkbox',
        secret: false,
        required: false,
        defaultChecked: false,
        hint: "Tick it only once Meta has granted the permission in App Review: then Messenger replies can go up to 7 days after the person's last message instead of 24 hours.",
      },
    ],
  },
  x: {
    channel: 'x',
    title: 'X account',
    fields: [
      text('accountId', 'Account id (numeric user id)'),
      secret('accessToken', 'OAuth 2.0 access token'),
      // X's access tokens last two hours; with the offline.access scope it also gives a refresh
      // token, which the console uses to renew the sign-in by itself.
      secret('refreshToken', 'OAuth 2.0 refresh token (keeps the sign-in alive)', false),
      {
        name: 'clientId',
        label: 'Client id of the X app (with a refresh token)',
        type: 'text',
        secret: false,
        required: false,
      },
      secret('clientSecret', 'Client secret (only for a confidential X app)', false),
      {
        name: 'monthlyCapUsd',
        label: 'Monthly spending cap (US$, optional)',
        type: 'number',
        secret: false,
        required: false,
        placeholder: 'no cap',
        hint: "When this month's estimated X spend reaches it, the console stops fetching from X until the 1st of next month or until you raise it; replies still go.",
      },
      ...xPriceFields,
    ],
  },
  email: {
    channel: 'email',
    title: 'Council email',
    fields: [
      {
        name: 'address',
        label: 'Council email address',
        type: 'email',
        secret: false,
        required: true,
        hint: 'The mailbox residents write to, e.g. clerk@ashcombe-pc.org.uk.',
      },
      {
        ...text('imapHost', 'IMAP host'),
        hint: 'The server the console reads the mailbox from; your email provider gives it (the provider choice fills it).',
      },
      {
        name: 'imapPort',
        label: 'IMAP port',
        type: 'number',
        secret: false,
        required: true,
        defaultValue: '993',
        hint: 'Almost always 993.',
      },
      // Unticked means STARTTLS, which the console insists on: a password never goes to a mail server in
      // the clear (only to one on this computer).
      {
        name: 'imapTls',
        label: 'IMAP uses TLS from the start (port 993; otherwise STARTTLS)',
        type: 'checkbox',
        secret: false,
        required: false,
      },
      {
        ...text('smtpHost', 'SMTP host'),
        hint: 'The server the console sends replies through; your email provider gives it.',
      },
      {
        name: 'smtpPort',
        label: 'SMTP port',
        type: 'number',
        secret: false,
        required: true,
        defaultValue: '465',
        hint: '465 with TLS from the start, or 587 with STARTTLS (untick the box below).',
      },
      {
        name: 'smtpTls',
        label: 'SMTP uses TLS from the start (port 465; otherwise STARTTLS)',
        type: 'checkbox',
        secret: false,
        required: false,
      },
      { ...text('user', 'User name'), hint: 'Usually the whole email address.' },
      {
        ...secret('password', 'Password (or leave empty and give an OAuth2 token)', false),
        hint: 'The mailbox password, or an app password if the mailbox has two-step sign-in.',
      },
      { ...secret('accessToken', 'OAuth2 access token', false), group: oauthGroup },
      // Microsoft 365 and Google Workspace tokens last about an hour; with a refresh token, the app's
      // client id and the provider's token address the console renews the sign-in by itself.
      {
        ...secret('refreshToken', 'OAuth2 refresh token (keeps the sign-in alive)', false),
        group: oauthGroup,
        hint: 'From the provider’s sign-in for the council’s app; the console renews the one-hour sign-in with it.',
      },
      {
        name: 'oauthTokenUrl',
        label: 'OAuth2 token address (to renew the token)',
        type: 'url',
        secret: false,
        required: false,
        group: oauthGroup,
        hint: 'Where the provider renews the sign-in; the provider choice fills it.',
      },
      {
        name: 'oauthClientId',
        label: 'OAuth2 client id (of the app that gave the token)',
        type: 'text',
        secret: false,
        required: false,
        group: oauthGroup,
        hint: 'The id of the app registered for the council with Microsoft or Google.',
      },
      {
        ...secret('oauthClientSecret', 'OAuth2 client secret (only for a confidential app)', false),
        group: oauthGroup,
      },
    ],
  },
  wordpress: {
    channel: 'website',
    title: 'WordPress website',
    fields: [
      { name: 'siteUrl', label: 'Site address', type: 'url', secret: false, required: true, placeholder: 'https://' },
      text('user', 'User name'),
      secret('applicationPassword', 'Application password'),
    ],
  },
  twilio: {
    channel: 'sms',
    title: 'SMS (Twilio)',
    fields: [
      text('accountSid', 'Account SID', 'AC…'),
      secret('authToken', 'Auth token'),
      text('number', 'Council number', '+44…'),
    ],
  },
};

/** A checkbox: true or false, also as the words a form may send. */
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((word) => word === 'true')]);

/** An optional amount of US dollars from a form field: empty means none. */
const dollarsMessage = 'give an amount in US dollars, e.g. 5 or 0.005';
const amount = z.preprocess(
  (given) => (given === '' || given === null ? undefined : typeof given === 'string' ? Number(given.trim()) : given),
  z.number({ error: dollarsMessage }).min(0, dollarsMessage).optional(),
);

const portMessage = 'give a port number from 1 to 65535';
const port = z.coerce.number({ error: portMessage }).int(portMessage).min(1, portMessage).max(65_535, portMessage);

/**
 * This computer, by name or address (127.0.0.0/8, ::1, localhost): the one place a password may go
 * unencrypted, as nothing leaves the machine (the tests' local servers, a mail relay on the PC).
 */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);
}

/** An https address, or http to this computer: passwords and tokens never travel in the clear. */
export function isPrivateAddress(address: string): boolean {
  const url = URL.parse(address.trim());
  if (!url) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** What each kind of account needs; values arrive from a form, so numbers and flags may be strings. */
export const accountConfigSchemas = {
  facebook: z.strictObject({
    pageId: z.string().trim().regex(/^\d+$/, 'The Page id is a number (Page settings → About).'),
    accessToken: z.string().trim().min(10),
    humanAgent: flag.default(false),
  }),
  x: z
    .strictObject({
      accountId: z.string().trim().regex(/^\d+$/, 'The account id is the numeric user id, not the @handle.'),
      accessToken: z.string().trim().min(10),
      refreshToken: z.string().trim().optional(),
      clientId: z.string().trim().optional(),
      clientSecret: z.string().trim().optional(),
      monthlyCapUsd: amount,
      ...Object.fromEntries(xPriceFields.map((field) => [field.name, amount])),
    })
    .refine((config) => !config.refreshToken || Boolean(config.clientId), {
      message: 'give it with the refresh token: X renews a sign-in only for the app that made it',
      path: ['clientId'],
    }),
  email: z
    .strictObject({
      address: z.email(),
      imapHost: z.string().trim().min(1),
      imapPort: port,
      imapTls: z.coerce.boolean().default(true),
      smtpHost: z.string().trim().min(1),
      smtpPort: port,
      smtpTls: z.coerce.boolean().default(true),
      user: z.string().trim().min(1),
      password: z.string().optional(),
      accessToken: z.string().optional(),
      refreshToken: z.string().trim().optional(),
      oauthTokenUrl: z
        .string()
        .trim()
        .optional()
        .refine((address) => !address || isPrivateAddress(address), {
          message:
            'give the https:// address of the provider’s token endpoint, e.g. https://oauth2.googleapis.com/token for Google',
        }),
      oauthClientId: z.string().trim().optional(),
      oauthClientSecret: z.string().trim().optional(),
    })
    .refine((config) => Boolean(config.password || config.accessToken), {
      message: 'Give the password or an OAuth2 token.',
      path: ['password'],
    })
    .refine((config) => !config.refreshToken || Boolean(config.oauthTokenUrl), {
      message:
        'give it with the refresh token: it is where the provider renews the token (for Microsoft 365 https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token)',
      path: ['oauthTokenUrl'],
    })
    .refine((config) => !config.refreshToken || Boolean(config.oauthClientId), {
      message: 'give it with the refresh token: the provider renews a sign-in only for the app that made it',
      path: ['oauthClientId'],
    }),
  wordpress: z.strictObject({
    siteUrl: z.url({ protocol: /^https?$/ }).refine(isPrivateAddress, {
      message: 'give the https:// address: over http:// the application password would travel unencrypted',
    }),
    user: z.string().trim().min(1),
    applicationPassword: z.string().trim().min(8),
  }),
  twilio: z.strictObject({
    accountSid: z
      .string()
      .trim()
      .regex(/^AC[0-9a-f]{32}$/i, 'The Account SID starts with AC and has 34 characters.'),
    authToken: z.string().trim().min(16),
    // Checked the same way when the account is added and when it is edited.
    number: z.string().transform((given, context) => {
      const checked = councilNumber(given);
      if (checked.ok) return checked.e164;
      context.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }),
  }),
} satisfies Record<ConnectorKind, z.ZodType>;

/** A kind's settings once its schema has checked them, secrets included: ports are numbers, flags booleans. */
export type AccountSettings<K extends ConnectorKind> = z.output<(typeof accountConfigSchemas)[K]>;

/** A kind of account with its checked settings: switching on `kind` narrows `settings`. */
export type CheckedSettings = { [K in ConnectorKind]: { kind: K; settings: AccountSettings<K> } }[ConnectorKind];

export type SettingsCheck = { ok: true; checked: CheckedSettings } | { ok: false; error: z.ZodError };

function paired<K extends ConnectorKind>(
  kind: K,
  parsed: z.ZodSafeParseResult<AccountSettings<K>>,
): { ok: true; checked: { kind: K; settings: AccountSettings<K> } } | { ok: false; error: z.ZodError } {
  return parsed.success ? { ok: true, checked: { kind, settings: parsed.data } } : { ok: false, error: parsed.error };
}

// One line per kind, so each kind is paired with its own schema's output (no cast).
const checkers: { [K in ConnectorKind]: (values: unknown) => SettingsCheck } = {
  facebook: (values) => paired('facebook', accountConfigSchemas.facebook.safeParse(values)),
  x: (values) => paired('x', accountConfigSchemas.x.safeParse(values)),
  email: (values) => paired('email', accountConfigSchemas.email.safeParse(values)),
  wordpress: (values) => paired('wordpress', accountConfigSchemas.wordpress.safeParse(values)),
  twilio: (values) => paired('twilio', accountConfigSchemas.twilio.safeParse(values)),
};

/** Checks settings (a form's, or the store's with the secrets merged in) against the kind's schema. */
export function parseAccountSettings(kind: ConnectorKind, values: unknown): SettingsCheck {
  return checkers[kind](values);
}

export interface AccountView {
  id: number;
  name: string;
  connector: string;
  channel: Channel;
  /** The non-secret settings, for editing; secrets are shown only as "saved". */
  config: Record<string, string | number | boolean>;
  savedSecrets: string[];
  paused: boolean;
  /** ok | auth | error | capped | paused — and what to do about it. */
  health: string;
  healthMessage: string | null;
  lastSyncAt: string | null;
  /** X accounts: the estimated spend this month ("About $3.42 this month") and the monthly cap, if set. */
  spend: { words: string; cap: string | null; capReached: boolean } | null;
}

export interface ProblemView {
  id: number;
  accountName: string;
  channel: Channel;
  error: string;
  raw: string;
  at: string;
}

export interface FailedChannelAction {
  id: number;
  accountName: string;
  operation: string;
  itemId: number | null;
  /** The start of the item it was about, when it was about one. */
  itemExcerpt: string | null;
  error: string;
  attempts: number;
  at: string;
}

export interface ProblemsView {
  payloads: ProblemView[];
  failedActions: FailedChannelAction[];
}

export interface AccountsOverview {
  accounts: AccountView[];
  /** Where channel secrets are kept, and a warning when that is weaker than it should be. */
  secretStore: { description: string; warning: string | null };
}

const settingValue = z.union([z.string().max(4000), z.number(), z.boolean()]);
export const accountSettingsInput = z.record(z.string().max(60), settingValue);
