// What an email account needs: an IMAP server to read the council's inbox, an SMTP server to answer.
import type { OAuthClient } from '../oauth-refresh';
import type { AccessTokenHolder } from './access-token-holder';

export interface MailServerConfig {
  host: string;
  port: number;
  /** TLS from the first byte (usually 993 / 465); false means plain, upgraded by STARTTLS when offered. */
  secure: boolean;
  user: string;
  password?: string;
  /** OAuth2 access token (XOAUTH2), used instead of the password when set. */
  accessToken?: string;
}

export interface EmailConnectorConfig {
  imap: MailServerConfig;
  smtp: MailServerConfig;
  /** The council's own address: mail from it is the council's, replies are sent from it. */
  address: string;
  /** Where removed emails go; created when missing. */
  removedFolder?: string;
  /** Where copies of the council's replies go; created when missing. */
  sentFolder?: string;
  /** The clock, for the first sync's 30-day window and the access token's expiry (tests pass their own). */
  now?: () => Date;
  /** Present when the console may renew the OAuth2 access token by itself (a saved account with a refresh token). */
  renewal?: EmailTokenRenewal;
}

/**
 * What renewing the access token needs. Microsoft 365 and Google tokens last about an hour; Microsoft
 * replaces the refresh token at each renewal, so each new pair is saved before it is used.
 */
export interface EmailTokenRenewal extends OAuthClient {
  refreshToken: string;
  /** Called with the new pair as soon as the provider gives it. */
  onRenewed(tokens: { accessToken: string; refreshToken: string }): void;
}

/** A server as the connector signs in to it: with the token holder IMAP and SMTP share, when the token can be renewed. */
export interface MailServer extends MailServerConfig {
  tokens?: AccessTokenHolder;
}

/** The config as the operations use it: each server with its way of signing in. */
export interface EmailSession extends EmailConnectorConfig {
  imap: MailServer;
  smtp: MailServer;
}

export type MailProtocol = 'IMAP' | 'SMTP';

/** One server as error messages name it. */
export interface MailServerContext {
  protocol: MailProtocol;
  host: string;
  port: number;
  user: string;
  usesToken: boolean;
}

export function serverContext(protocol: MailProtocol, server: MailServerConfig): MailServerContext {
  return { protocol, host: server.host, port: server.port, user: server.user, usesToken: Boolean(server.accessToken) };
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : 'localhost';
}
