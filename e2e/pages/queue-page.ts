// The queue as a clerk sees it, found by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export class QueuePage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly channel: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Queue' });
    this.rows = this.table.locator('tbody').getByRole('row');
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.status = page.getByRole('combobox', { name: 'Status' });
    this.channel = page.getByRole('combobox', { name: 'Channel' });
    this.detail = page.getByRole('region', { name: 'Item detail' });
  }

  /** Opens the console and answers "Who is working?" (the offered first choice unless `operator` is named). */
  async open(url: string, operator?: string): Promise<void> {
    await this.page.goto(url);
    await chooseOperator(this.page, operator);
    await expect(this.rows.first()).toBeVisible();
  }

  /** The rows of one channel (each row's channel is an icon, named e.g. "Facebook comment"). */
  rowsOn(channel: 'facebook' | 'x' | 'email' | 'website' | 'sms'): Locator {
    return this.rows.and(this.page.locator(`[data-channel="${channel}"]`));
  }

  /** What each row's channel icon is called, e.g. "Facebook comment", "Text message (SMS)". */
  async channelsShown(): Promise<string[]> {
    return this.rows
      .getByRole('img')
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
  }

  selectedRow(): Locator {
    return this.table.locator('tbody [aria-selected="true"]');
  }

  /** The total the queue reports, e.g. "1,234 items". */
  async total(): Promise<number> {
    const text = await this.page.getByTestId('queue-total').innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }

  /** Puts keyboard focus on the queue (its scrolling container), as a click on a row would. */
  async focusQueue(): Promise<void> {
    await this.table.locator('xpath=..').focus();
  }

  /** Filters to one channel and waits until the queue shows it. */
  async showChannel(channel: 'facebook' | 'x' | 'email' | 'website' | 'sms'): Promise<void> {
    await this.channel.selectOption(channel);
    await expect(this.rows.first()).toHaveAttribute('data-channel', channel);
  }

  /** The heading of the item open in the detail pane (its subject, or "Comment from <name>"). */
  async openedHeading(): Promise<string> {
    return this.detail.getByRole('heading', { level: 2 }).innerText();
  }

  /** Shows the Removed view and opens the item with this heading. */
  async openRemoved(heading: string): Promise<void> {
    await this.status.selectOption({ label: 'Removed' });
    await this.search.fill('');
    for (let row = 0; row < (await this.rows.count()); row++) {
      await this.rows.nth(row).click();
      if ((await this.openedHeading()) === heading) return;
    }
    throw new Error(`No removed item is headed "${heading}"`);
  }

  async pressKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
}

/** Answers the "Who is working?" question the console asks when it opens. */
export async function chooseOperator(page: Page, name?: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who is working?' });
  // A new council's data folder opens on the first-run setup; tests that are not about it leave it for later.
  const setup = page.getByRole('region', { name: 'Set up the console for your council' });
  await expect(dialog.or(setup)).toBeVisible();
  if (await setup.isVisible()) await setup.getByRole('button', { name: 'Finish later' }).click();
  const choice = name
    ? dialog.getByRole('button', { name: new RegExp(`^${name} \\(`) })
    : dialog.getByRole('button').first();
  await choice.click();
  await expect(dialog).toBeHidden();
  // A handover summary may follow; it is dismissed here (tests that want it read it themselves).
  const handover = page.getByRole('dialog', { name: /^Since you were last here/ });
  if (await handover.isVisible().catch(() => false)) await handover.getByRole('button', { name: 'Start work' }).click();
}
