// The reply composer, found by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReplyComposer {
  readonly dialog: Locator;
  readonly filter: Locator;
  readonly text: Locator;
  readonly preview: Locator;
  readonly send: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Reply to / });
    this.filter = this.dialog.getByRole('searchbox', { name: 'Canned reply' });
    this.text = this.dialog.getByRole('textbox', { name: 'Reply text' });
    this.preview = this.dialog.getByRole('region', { name: 'Preview' });
    this.send = this.dialog.getByRole('button', { name: 'Send', exact: true });
  }

  /** Opens the composer on the selected item with the r key. */
  async open(): Promise<void> {
    await this.page.keyboard.press('r');
    await expect(this.dialog).toBeVisible();
  }

  /** Types to filter the canned replies and takes the first match with Enter. */
  async useTemplate(words: string): Promise<void> {
    await this.filter.fill(words);
    await this.filter.press('Enter');
    await expect(this.text).not.toHaveValue('');
  }

  async write(text: string): Promise<void> {
    await this.text.fill(text);
  }

  async replyAs(label: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: label }).check();
  }
}
