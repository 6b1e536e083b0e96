// Builds the connector for a connected account from its settings and its secrets.
import type { ConnectorKind } from '../api/accounts';
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

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));
const optional = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

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
  settings: Record<string, unknown>,
  saveSecret: SaveSecret | undefined,
): EmailTokenRenewal | undefined {
  const refreshToken = optional(settings.refreshToken);
  const tokenUrl = optional(settings.oauthTokenUrl);
  const clientId = optional(settings.oauthClientId);
  if (!refreshToken || !tokenUrl || !clientId || !saveSecret) return undefined;
  return {
    refreshToken,
    tokenUrl,
    clientId,
    clientSecret: optional(settings.oauthClientSecret),
    onRenewed: saveRenewed(saveSecret),
  };
}

/**
 * Where an account's secrets are sent, part by part (a mail account has an IMAP and an SMTP server and
 * perhaps a token address), in a canonical form: a saved secret goes only where it was saved for.
 * `settings` are checked settings (accountConfigSchemas), so ports are numbers and flags booleans.
 */
export type Destination = Record<string, string>;

export function destinationOf(
  kind: ConnectorKind,
  settings: Record<string, unknown>,
  apis: ApiAddresses = publishedApis,
): Destination {
  const server = (host: unknown, port: unknown, tls: unknown) =>
    `${canonicalHost(text(host))}:${Number(port)}:${tls === true ? 'tls' : 'starttls'}`;
  switch (kind) {
    case 'facebook':
      // The host, not the version: a token saved under v23.0 still goes only to graph.facebook.com under v27.0.
      return { api: withoutGraphVersion(canonicalUrl(apis.facebook)) };
    case 'x':
      return { api: canonicalUrl(apis.x) };
    case 'twilio':
      return { api: canonicalUrl(apis.twilio) };
    case 'wordpress':
      return { site: canonicalUrl(text(settings.siteUrl)) };
    case 'email':
      return {
        imap: server(settings.imapHost, settings.imapPort, settings.imapTls),
        smtp: server(settings.smtpHost, settings.smtpPort, settings.smtpTls),
        tokenUrl: optional(settings.oauthTokenUrl) ? canonicalUrl(text(settings.oauthTokenUrl)) : '',
      };
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

/** `settings` is the account's non-secret config with its secrets merged in (never stored together). */
export function createConnector(
  kind: ConnectorKind,
  settings: Record<string, unknown>,
  apis: ApiAddresses = publishedApis,
  hooks: ConnectorHooks = {},
): Connector {
  const { saveSecret } = hooks;
  switch (kind) {
    case 'facebook':
      return new FacebookConnector({
        baseUrl: apis.facebook,
        pageId: text(settings.pageId),
        accessToken: text(settings.accessToken),
        humanAgent: settings.humanAgent === true,
      });
    case 'x': {
      const refreshToken = optional(settings.refreshToken);
      const clientId = optional(settings.clientId);
      // Test connection before Save must not renew: X retires the refresh token the clerk typed in.
      const renewal =
        refreshToken && clientId && saveSecret
          ? {
              refreshToken,
              clientId,
              clientSecret: optional(settings.clientSecret),
              onRenewed: saveRenewed(saveSecret),
            }
          : undefined;
      return new XConnector({
        baseUrl: apis.x,
        accountId: text(settings.accountId),
        accessToken: text(settings.accessToken),
        renewal,
        meter: hooks.recordUsage,
      });
    }
    case 'wordpress':
      return new WordPressConnector({
        baseUrl: text(settings.siteUrl).replace(/\/+$/, ''),
        user: text(settings.user),
        applicationPassword: text(settings.applicationPassword),
      });
    case 'twilio':
      return new TwilioConnector({
        baseUrl: apis.twilio,
        accountSid: text(settings.accountSid),
        authToken: text(settings.authToken),
        number: text(settings.number),
      });
    case 'email': {
      const login = {
        user: text(settings.user),
        password: optional(settings.password),
        accessToken: optional(settings.accessToken),
      };
      return new EmailConnector({
        address: text(settings.address),
        imap: {
          host: text(settings.imapHost),
          port: Number(settings.imapPort),
          secure: settings.imapTls === true,
          ...login,
        },
        smtp: {
          host: text(settings.smtpHost),
          port: Number(settings.smtpPort),
          secure: settings.smtpTls === true,
          ...login,
        },
        renewal: emailRenewal(settings, saveSecret),
      });
    }
  }
}
