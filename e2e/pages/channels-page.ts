// Settings → Channels, found by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export class ChannelsPage {
  readonly accounts: Locator;

  constructor(readonly page: Page) {
    this.accounts = page.getByRole('table', { name: 'Accounts' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
    await this.page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: 'Channels' }).click();
    await expect(this.accounts).toBeVisible();
  }

  /** Opens the form to connect an account of this kind ("Facebook Page", "X account", …). */
  async startConnecting(title: string): Promise<Locator> {
    await this.page.getByRole('button', { name: title, exact: true }).click();
    return this.page.getByRole('form', { name: new RegExp(`^Connect an? ${title.replace(/[()]/g, '\\$&')}$`) });
  }

  row(name: string): Locator {
    return this.accounts.getByRole('row').filter({ hasText: name });
  }
}
