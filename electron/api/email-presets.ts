// Mail providers a council is likely to use, with their published servers, ports and TLS.
// Microsoft: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4
// Google: https://support.google.com/a/answer/9003945 (IMAP imap.gmail.com:993, SMTP smtp.gmail.com:465)

export interface EmailPreset {
  id: 'microsoft-365' | 'google-workspace' | 'other';
  name: string;
  values: Record<string, string | boolean>;
  /** The provider refuses a plain password for IMAP: the OAuth2 fields are shown, not folded away. */
  needsOAuth: boolean;
}

export const emailPresets: EmailPreset[] = [
  {
    id: 'microsoft-365',
    name: 'Microsoft 365',
    values: {
      imapHost: 'outlook.office365.com',
      imapPort: '993',
      imapTls: true,
      smtpHost: 'smtp.office365.com',
      smtpPort: '587',
      smtpTls: false,
      oauthTokenUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
    },
    needsOAuth: true,
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace',
    values: {
      imapHost: 'imap.gmail.com',
      imapPort: '993',
      imapTls: true,
      smtpHost: 'smtp.gmail.com',
      smtpPort: '465',
      smtpTls: true,
      oauthTokenUrl: 'https://oauth2.googleapis.com/token',
    },
    needsOAuth: false,
  },
  {
    id: 'other',
    name: 'Other',
    values: { imapPort: '993', imapTls: true, smtpPort: '465', smtpTls: true },
    needsOAuth: false,
  },
];
