// The header's "who is working" menu: switch operator, or leave a note for the other.
import { expect, type Locator, type Page } from '@playwright/test';

export class OperatorMenu {
  readonly group: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole('group', { name: 'Who is working' });
  }

  /** The menu's button, named "Working: <name> (<role>)". */
  button(): Locator {
    return this.group.getByRole('button', { name: /^Working: / });
  }

  async expectWorking(nameAndRole: string): Promise<void> {
    await expect(this.button()).toHaveAccessibleName(`Working: ${nameAndRole}`);
  }

  /** Opens the menu and chooses e.g. "Switch to Deputy Clerk" or "Note for Clerk…". */
  async choose(entry: string): Promise<void> {
    await this.button().click();
    await this.page.getByRole('menu', { name: 'Operator' }).getByRole('menuitem', { name: entry }).click();
  }
}
