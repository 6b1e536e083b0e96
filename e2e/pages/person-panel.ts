// The Sender history panel of the open item, found by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export class PersonPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Sender history' });
  }

  async strikes(): Promise<string> {
    return this.region.locator('.strike-line').innerText();
  }

  async expectStrikes(count: number): Promise<void> {
    await expect(this.region.locator('.strike-line')).toContainText(
      `${count} strike${count === 1 ? '' : 's'} in the last`,
    );
  }

  channels(): Locator {
    return this.region.getByRole('list', { name: 'Channels' }).getByRole('listitem');
  }

  async link(who: string): Promise<void> {
    await this.region.getByRole('button', { name: `Link ${who}` }).click();
  }

  /** Blocks from the panel, confirming what the dialog says will happen; returns the dialog's plan lines. */
  async block(): Promise<string[]> {
    await this.region.getByRole('button', { name: 'Block sender' }).click();
    const dialog = this.page.getByRole('dialog');
    const plan = await dialog
      .getByRole('list', { name: 'What blocking will do' })
      .getByRole('listitem')
      .allInnerTexts();
    await dialog.getByRole('button', { name: /^Block on / }).click();
    await expect(dialog).toBeHidden();
    return plan;
  }

  async unblock(reason: string): Promise<void> {
    await this.region.getByRole('button', { name: 'Unblock…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Unblock / });
    await expect(dialog.getByRole('button', { name: 'Unblock' })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Reason for unblocking' }).fill(reason);
    await dialog.getByRole('button', { name: 'Unblock' }).click();
    await expect(dialog).toBeHidden();
  }
}
