// The OAuth2 access token an email account's IMAP and SMTP sign-ins share, renewed with the refresh token
// shortly before it expires or once when a server refuses it; one renewal at a time for the whole account.
import { ChannelError } from '../channel-error';
import { refreshAccessToken } from '../oauth-refresh';
import type {
  EmailConnectorConfig,
  EmailSession,
  EmailTokenRenewal,
  MailServer,
  MailServerConfig,
} from './email-config';
import { signInRefused } from './email-errors';

/** Renewed this long before the provider said it expires, so no sign-in starts with a token about to lapse. */
const renewAheadMs = 5 * 60_000;

export class AccessTokenHolder {
  private accessToken: string;
  private refreshToken: string;
  /** Unknown for the saved token (its age is not kept); known from the first renewal on. */
  private expiresAt: Date | null = null;
  /** Shared by every sign-in that needs a renewal meanwhile: a rotated refresh token works only once. */
  private renewing: Promise<void> | null = null;

  constructor(
    accessToken: string,
    private readonly renewal: EmailTokenRenewal,
    private readonly now: () => Date,
  ) {
    this.accessToken = accessToken;
    this.refreshToken = renewal.refreshToken;
  }

  /** The token as it is now, without renewing. */
  get token(): string {
    return this.accessToken;
  }

  /** The token to sign in with: renewed first when it expires within five minutes. */
  async current(): Promise<string> {
    if (this.expiresAt === null) return this.accessToken;
    const left = this.expiresAt.getTime() - this.now().getTime();
    if (left >= renewAheadMs) return this.accessToken;
    try {
      await this.renew(this.accessToken);
    } catch (error) {
      // Renewing early failed (the provider is down, say): the token still works until it expires, and
      // the next sign-in tries again; once it has expired the failure is the one to report.
      if (!(error instanceof ChannelError) || left <= 0) throw error;
    }
    return this.accessToken;
  }

  /** Renews unless another sign-in already did since `usedToken` was refused or found about to expire. */
  async renew(usedToken: string): Promise<void> {
    if (this.accessToken !== usedToken) return;
    this.renewing ??= this.refresh().finally(() => {
      this.renewing = null;
    });
    await this.renewing;
  }

  private async refresh(): Promise<void> {
    const renewed = await refreshAccessToken(this.renewal, this.refreshToken, {
      account: 'email account',
      now: this.now,
    });
    // Saved before it is used, so a console stopped now still has the newest pair: the refresh token just
    // spent may be retired by the provider.
    this.renewal.onRenewed({ accessToken: renewed.accessToken, refreshToken: renewed.refreshToken });
    this.accessToken = renewed.accessToken;
    this.refreshToken = renewed.refreshToken;
    this.expiresAt = renewed.expiresAt;
  }
}

/**
 * The config with one token holder for both servers, when the account signs in with a token it may renew;
 * as it was otherwise (a password, or a token that cannot be renewed: Test connection before Save).
 */
export function sessionOf(config: EmailConnectorConfig): EmailSession {
  const accessToken = config.imap.accessToken ?? config.smtp.accessToken;
  if (!config.renewal || !accessToken) return config;
  const tokens = new AccessTokenHolder(accessToken, config.renewal, config.now ?? (() => new Date()));
  const share = (server: MailServer): MailServer => (server.accessToken ? { ...server, tokens } : server);
  return { ...config, imap: share(config.imap), smtp: share(config.smtp) };
}

/**
 * Runs one sign-in (`attempt`, which throws what the mail library threw) with the server's login. With a
 * token holder: the current token, and when the server refuses it, one renewal and one more try.
 */
export async function signIn<T>(server: MailServer, attempt: (login: MailServerConfig) => Promise<T>): Promise<T> {
  const { tokens, ...login } = server;
  if (!tokens) return attempt(login);
  const usedToken = await tokens.current();
  try {
    return await attempt({ ...login, accessToken: usedToken });
  } catch (error) {
    if (!signInRefused(error)) throw error;
    await tokens.renew(usedToken);
    return attempt({ ...login, accessToken: tokens.token });
  }
}
