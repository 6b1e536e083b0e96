// What an email account needs: an IMAP server to read the council's inbox, an SMTP server to answer.

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
  /** The clock, for the first sync's 30-day window (tests pass a fixed one). */
  now?: () => Date;
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
