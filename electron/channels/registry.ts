// Builds the connector for a connected account from its settings and its secrets.
import { z } from 'zod';
import { accountConfigSchemas, type AccountSettings, type CheckedSettings, type ConnectorKind } from '../api/accounts';
import type { Connector } from './connector';
import { EmailConnector, type EmailTokenRenewal } from './email/email-connector';
import { FacebookConnector } from './facebook/facebook-connector';
import { graphApiVersion, withoutGraphVersion } from './facebook/graph-version';
import { TwilioConnector } from './twilio/twilio-connector';
import { WordPressConnector } from './wordpress/wordpress-connector';
import type { XUse } from './x/x-billing';
import { XConnector } from './x/x-connector';

/** The published API addresses; tests and the benchmark point them at local fakes. */
export interface ApiAddresses {
  facebook: string;
  x: string;
  twilio: string;
}

export const publishedApis: ApiAddresses = {
  facebook: `https://graph.facebook.com/${graphApiVersion}`,
  x: 'https://api.x.com',
  twilio: 'https://api.twilio.com',
};

/** An optional field left empty in the form is not given. */
const given = (value: string | undefined): string | undefined => value || undefined;

/** Keeps a secret the channel replaced (X and email renew their sign-in); absent for settings not saved yet. */
export type SaveSecret = (field: string, value: string) => void;

/** What a saved account's connector reports back; Test connection before Save gets none of it. */
export interface ConnectorHooks {
  saveSecret?: SaveSecret;
  /** What the channel bills for (X's pay-per-use): kept per account and month. */
  recordUsage?: (uses: XUse[]) => void;
}

/** Saves a renewed pair, the refresh token first: should the console stop between the two, the saved one still renews. */
const saveRenewed =
  (saveSecret: SaveSecret) =>
  (tokens: { accessToken: string; refreshToken: string }): void => {
    saveSecret('refreshToken', tokens.refreshToken);
    saveSecret('accessToken', tokens.accessToken);
  };

/**
 * The email account's token renewal, only for a saved account with a refresh token, token address and
 * client id: Test connection before Save must not renew, as a provider may retire a refresh token once used.
 */
function emailRenewal(
  settings: AccountSettings<'email'>,
  saveSecret: SaveSecret | undefined,
): EmailTokenRenewal | undefined {
  const { refreshToken, oauthTokenUrl: tokenUrl, oauthClientId: clientId } = settings;
  if (!refreshToken || !tokenUrl || !clientId || !saveSecret) return undefined;
  return {
    refreshToken,
    tokenUrl,
    clientId,
    clientSecret: given(settings.oauthClientSecret),
    onRenewed: saveRenewed(saveSecret),
  };
}

/**
 * Where an account's secrets are sent, part by part (a mail account has an IMAP and an SMTP server and
 * perhaps a token address), in a canonical form: a saved secret goes only where it was saved for.
 */
export type Destination = Record<string, string>;

const emailShape = accountConfigSchemas.email.shape;
/**
 * The settings that say where a kind's secrets go, checked as the account's schema checks them: none for
 * the channels with one published API, the site for WordPress, the servers and token address for email.
 * Non-strict, so they can be read from settings that do not check as a whole (a secret not typed again).
 */
const destinationSchemas = {
  facebook: z.object({}),
  x: z.object({}),
  twilio: z.object({}),
  wordpress: z.object({ siteUrl: accountConfigSchemas.wordpress.shape.siteUrl }),
  email: z.object({
    imapHost: emailShape.imapHost,
    imapPort: emailShape.imapPort,
    imapTls: emailShape.imapTls,
    smtpHost: emailShape.smtpHost,
    smtpPort: emailShape.smtpPort,
    smtpTls: emailShape.smtpTls,
    oauthTokenUrl: emailShape.oauthTokenUrl,
  }),
} satisfies Record<ConnectorKind, z.ZodType>;

/** A kind with the settings that say where its secrets go; checked settings (`CheckedSettings`) are one. */
export type DestinationSettings =
  | { kind: 'facebook' | 'x' | 'twilio' }
  | { kind: 'wordpress'; settings: z.output<typeof destinationSchemas.wordpress> }
  | { kind: 'email'; settings: z.output<typeof destinationSchemas.email> };

/** Reads the destination's settings from settings that may not check as a whole; an error when they do not. */
export function destinationSettings(
  kind: ConnectorKind,
  values: unknown,
): { ok: true; destination: DestinationSettings } | { ok: false; error: z.ZodError } {
  switch (kind) {
    case 'facebook':
    case 'x':
    case 'twilio':
      return { ok: true, destination: { kind } };
    case 'wordpress': {
      const parsed = destinationSchemas.wordpress.safeParse(values);
      return parsed.success
        ? { ok: true, destination: { kind, settings: parsed.data } }
        : { ok: false, error: parsed.error };
    }
    case 'email': {
      const parsed = destinationSchemas.email.safeParse(values);
      return parsed.success
        ? { ok: true, destination: { kind, settings: parsed.data } }
        : { ok: false, error: parsed.error };
    }
  }
}

export function destinationOf(account: DestinationSettings, apis: ApiAddresses = publishedApis): Destination {
  const server = (host: string, port: number, tls: boolean) =>
    `${canonicalHost(host)}:${port}:${tls ? 'tls' : 'starttls'}`;
  switch (account.kind) {
    case 'facebook':
      // The host, not the version: a token saved under v23.0 still goes only to graph.facebook.com under v27.0.
      return { api: withoutGraphVersion(canonicalUrl(apis.facebook)) };
    case 'x':
      return { api: canonicalUrl(apis.x) };
    case 'twilio':
      return { api: canonicalUrl(apis.twilio) };
    case 'wordpress':
      return { site: canonicalUrl(account.settings.siteUrl) };
    case 'email': {
      const { settings } = account;
      return {
        imap: server(settings.imapHost, settings.imapPort, settings.imapTls),
        smtp: server(settings.smtpHost, settings.smtpPort, settings.smtpTls),
        tokenUrl: settings.oauthTokenUrl ? canonicalUrl(settings.oauthTokenUrl) : '',
      };
    }
  }
}

/** The parts of `now` that differ from `saved`; every part when nothing was saved. */
export function changedParts(saved: Destination | null, now: Destination): string[] {
  return Object.keys(now).filter((part) => saved?.[part] !== now[part]);
}

/**
 * A binding saved by an earlier version in today's canonical form: Facebook's API address was bound with its
 * Graph version (…/v23.0) until the bump to v27.0; the version names no other destination, so it is dropped.
 */
export function savedDestinationOf(kind: ConnectorKind, saved: Destination | null): Destination | null {
  if (saved === null || kind !== 'facebook' || saved.api === undefined) return saved;
  return { ...saved, api: withoutGraphVersion(saved.api) };
}

function canonicalHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[(.*)\]$/, '$1');
}

function canonicalUrl(address: string): string {
  const url = URL.parse(address.trim());
  // Scheme, host and port as URL normalises them; the path without its trailing slashes; no query or fragment.
  return url ? `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}` : address.trim();
}

/** `checked` is the account's settings with its secrets merged in (never stored together), checked by its schema. */
export function createConnector(
  checked: CheckedSettings,
  apis: ApiAddresses = publishedApis,
  hooks: ConnectorHooks = {},
): Connector {
  const { saveSecret } = hooks;
  switch (checked.kind) {
    case 'facebook': {
      const { settings } = checked;
      return new FacebookConnector({
        baseUrl: apis.facebook,
        pageId: settings.pageId,
        accessToken: settings.accessToken,
        humanAgent: settings.humanAgent,
      });
    }
    case 'x': {
      const { settings } = checked;
      const refreshToken = given(settings.refreshToken);
      const clientId = given(settings.clientId);
      // Test connection before Save must not renew: X retires the refresh token the clerk typed in.
      const renewal =
        refreshToken && clientId && saveSecret
          ? {
              refreshToken,
              clientId,
              clientSecret: given(settings.clientSecret),
              onRenewed: saveRenewed(saveSecret),
            }
          : undefined;
      return new XConnector({
        baseUrl: apis.x,
        accountId: settings.accountId,
        accessToken: settings.accessToken,
        renewal,
        meter: hooks.recordUsage,
      });
    }
    case 'wordpress': {
      const { settings } = checked;
      return new WordPressConnector({
        baseUrl: settings.siteUrl.replace(/\/+$/, ''),
        user: settings.user,
        applicationPassword: settings.applicationPassword,
      });
    }
    case 'twilio': {
      const { settings } = checked;
      return new TwilioConnector({
        baseUrl: apis.twilio,
        accountSid: settings.accountSid,
        authToken: settings.authToken,
        number: settings.number,
      });
    }
    case 'email': {
      const { settings } = checked;
      const login = {
        user: settings.user,
        password: given(settings.password),
        accessToken: given(settings.accessToken),
      };
      return new EmailConnector({
        address: settings.address,
        imap: { host: settings.imapHost, port: settings.imapPort, secure: settings.imapTls, ...login },
        smtp: { host: settings.smtpHost, port: settings.smtpPort, secure: settings.smtpTls, ...login },
        renewal: emailRenewal(settings, saveSecret),
      });
    }
  }
}
