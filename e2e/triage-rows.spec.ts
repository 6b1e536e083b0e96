// Issue 13 through the UI at a common office laptop's size: rows a clerk can read, what needs action
// standing out, a detail pane that gives way, and undo that names what it undoes.
import type { Locator } from '@playwright/test';
import { OperatorMenu } from './pages/operator-menu';
import { PersonPanel } from './pages/person-panel';
import { chooseOperator } from './pages/queue-page';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

/** How many characters of the row's message (subject first for email) are inside its visible box. */
async function visibleCharacters(row: Locator): Promise<{ shown: number; length: number }> {
  return row.locator('.message').evaluate((box) => {
    const bottom = box.getBoundingClientRect().bottom + 1;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!node.parentElement?.closest('.suggestion-chip')) texts.push(node as Text);
    let shown = 0;
    let length = 0;
    for (const text of texts) {
      length += text.length;
      const range = document.createRange();
      for (let offset = 0; offset < text.length; offset++) {
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        const rect = range.getBoundingClientRect();
        // A space where a line wraps has no width of its own; it counts with its line.
        if (rect.bottom <= bottom) shown++;
      }
    }
    return { shown, length };
  });
}

test('with the detail pane open, at least ten rows show, each with two lines of its message and its channel as a named icon', async ({
  queue,
}) => {
  await expect(queue.detail.getByRole('heading', { level: 2 })).toBeVisible();
  const scroller = await queue.table.locator('xpath=..').boundingBox();
  const boxes = await queue.rows.evaluateAll((rows) =>
    rows.map((row) => row.getBoundingClientRect().toJSON() as DOMRect),
  );
  const onScreen = boxes.filter(
    (box) => scroller && box.top >= scroller.y && box.bottom <= scroller.y + scroller.height + 1,
  );
  expect(onScreen.length).toBeGreaterThanOrEqual(10);
  for (let index = 0; index < onScreen.length; index++) {
    const row = queue.rows.nth(index);
    const { shown, length } = await visibleCharacters(row);
    expect(shown, `row ${index}: ${await row.innerText()}`).toBeGreaterThanOrEqual(Math.min(length, 120));
    await expect(row.getByRole('img')).toHaveAccessibleName(
      /^(Facebook comment|Facebook message|X post mentioning the council|X direct message|Email|Website comment|Text message \(SMS\))$/,
    );
  }
  // The message is the widest cell of a row.
  const widths = await queue.rows
    .first()
    .getByRole('cell')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
  expect(Math.max(...widths)).toBe(widths[3]);
  // A Status column only when the list holds several statuses.
  await expect(queue.table.getByRole('columnheader', { name: 'Status' })).toHaveCount(0);
  await queue.status.selectOption({ label: 'All' });
  await expect(queue.table.getByRole('columnheader', { name: 'Status' })).toBeVisible();
});

test('the header fits one line and the selected row is marked by more than its colour', async ({ page, queue }) => {
  const header = page.locator('header.app-header');
  const height = (await header.boundingBox())?.height ?? 0;
  expect(height).toBeLessThan(52);
  // Every control on the one line: their middles within a few pixels of each other.
  const middles = await header
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((button) => button.getBoundingClientRect()).map((box) => box.top + box.height / 2),
    );
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(6);
  const selected = queue.selectedRow();
  await expect(selected).toHaveCount(1);
  const marks = await selected.evaluate((row) => getComputedStyle(row).boxShadow);
  // An inset bar down the left edge and an outline all round.
  expect(marks).toMatch(/inset/);
  expect(marks.split('inset').length - 1).toBeGreaterThanOrEqual(2);
});

test('the detail pane narrows with the keyboard, collapses, and keeps its width the next time', async ({
  page,
  queue,
}) => {
  const handle = page.getByRole('separator', { name: 'Width of the detail pane' });
  const start = Number(await handle.getAttribute('aria-valuenow'));
  expect(start).toBeGreaterThan(300);
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(start - 64));
  const width = (await queue.detail.boundingBox())?.width ?? 0;
  expect(Math.abs(width - (start - 64))).toBeLessThanOrEqual(2);
  await page.reload();
  await chooseOperator(page);
  await expect(handle).toHaveAttribute('aria-valuenow', String(start - 64));
  // Enter collapses it; the rows take the room, and the toggle brings it back at the same width.
  await handle.focus();
  await page.keyboard.press('Enter');
  await expect(queue.detail).toBeHidden();
  await expect(page.getByRole('button', { name: 'Detail pane' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Detail pane' }).click();
  await expect(queue.detail).toBeVisible();
  await expect(handle).toHaveAttribute('aria-valuenow', String(start - 64));
});

test('"Flagged first" puts every item with a suggestion at the top, and is kept', async ({ page, queue }) => {
  // Text messages, on a tall window: few enough that every one of them is drawn, flagged or not.
  await page.setViewportSize({ width: 1366, height: 1600 });
  await queue.showChannel('sms');
  await expect.poll(async () => (await queue.rows.count()) === (await queue.total())).toBe(true);
  const newestFirst = await queue.rows.evaluateAll((rows) =>
    rows.map((row) => row.querySelector('.suggestion-chip') !== null),
  );
  expect(newestFirst.indexOf(true)).toBeGreaterThan(newestFirst.indexOf(false));
  await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Flagged first' });
  const chips = queue.rows.locator('.suggestion-chip');
  await expect(queue.rows.first().locator('.suggestion-chip')).toHaveText(/^Suggested: /);
  const flags = await queue.rows.evaluateAll((rows) =>
    rows.map((row) => row.querySelector('.suggestion-chip') !== null),
  );
  const firstPlain = flags.indexOf(false);
  expect(firstPlain).toBeGreaterThan(0);
  expect(flags.slice(firstPlain).some(Boolean)).toBe(false);
  expect(flags.filter(Boolean)).toHaveLength(newestFirst.filter(Boolean).length);
  expect(await chips.first().innerText()).toMatch(
    /^Suggested: (Obscene or racist|Personal attack or threat|Potentially libellous|Plagiarised or unlawful|Personal information|Off-topic or links|Commercial or spam|Alleged breach)$/,
  );
  await page.reload();
  await chooseOperator(page);
  await expect(page.getByRole('combobox', { name: 'Order' })).toHaveValue('flagged');
});

test("a sender's strikes and block show on every row of theirs at once, and undo names what it undoes", async ({
  page,
  queue,
}) => {
  const panel = new PersonPanel(page);
  await queue.search.fill('Gary Pritchard');
  await expect(queue.rows.filter({ hasNotText: 'Gary Pritchard' })).toHaveCount(0);
  const onFacebook = queue.rowsOn('facebook');
  const onX = queue.rowsOn('x');
  await onFacebook.first().click();
  await expect(panel.region).toBeVisible();
  const everyRow = async (rows: Locator, text: string | RegExp, present = true) => {
    for (let index = 0; index < (await rows.count()); index++) {
      if (present) await expect(rows.nth(index)).toContainText(text);
      else await expect(rows.nth(index)).not.toContainText(text);
    }
  };

  await queue.detail.getByRole('button', { name: 'Remove: Obscene or racist' }).click();
  await expect(page.getByRole('button', { name: "Undo: removed Gary Pritchard's comment" })).toBeVisible();
  await everyRow(onFacebook, '1 strike');
  await everyRow(onX, 'strike', false);

  // Linking his X account to him: the X rows carry his strike now.
  await onFacebook.first().click();
  await panel.link('Gary Pritchard on X');
  await everyRow(onX, '1 strike');

  await panel.block();
  await everyRow(onFacebook, 'Blocked');
  await everyRow(onX, 'Blocked');
  await page.getByRole('button', { name: /^Recent actions/ }).click();
  const recent = page.getByRole('menu', { name: 'Recent actions' });
  await expect(recent.getByRole('menuitem')).toHaveText([
    /^Undo: Blocked Gary Pritchard/,
    /^Undo: Removed Gary Pritchard's comment/,
  ]);
  await page.keyboard.press('Escape');
  await queue.focusQueue();
  await queue.pressKey('z');
  await expect(page.getByRole('status')).toContainText('Undone: blocked Gary Pritchard.');
  await everyRow(onFacebook, 'Blocked', false);
  await everyRow(onX, 'Blocked', false);

  // The removal is next: undoing it takes the strike off every row.
  await queue.pressKey('z');
  await expect(page.getByRole('status')).toContainText("Undone: removed Gary Pritchard's comment.");
  await everyRow(onFacebook, 'strike', false);
  await everyRow(onX, 'strike', false);
});

test('the last five of your actions stay in Recent actions; a bulk removal is one of them, undone whole', async ({
  page,
  queue,
}) => {
  await queue.focusQueue();
  for (let round = 0; round < 6; round++) {
    await queue.pressKey('i');
    await expect(page.getByRole('status')).toContainText('Marked as needing no action');
  }
  for (const row of [0, 1, 2]) await queue.rows.nth(row).getByRole('checkbox').check();
  await page.getByRole('combobox', { name: 'Reason for selected' }).selectOption({ label: 'Commercial or spam' });
  const before = await queue.total();
  await page.getByRole('button', { name: 'Remove selected' }).click();
  await expect(page.getByRole('button', { name: 'Undo: removed 3 items (Commercial or spam)' })).toBeVisible();
  await expect.poll(() => queue.total()).toBe(before - 3);
  await page.getByRole('button', { name: /^Recent actions \(5\)/ }).click();
  const entries = page.getByRole('menu', { name: 'Recent actions' }).getByRole('menuitem');
  await expect(entries).toHaveCount(5);
  await expect(entries.first()).toHaveAccessibleName('Undo: Removed 3 items (Commercial or spam)');
  // Undo an older one straight from the menu: exactly that one comes back.
  await entries.nth(2).click();
  await expect(page.getByRole('status')).toContainText('Undone: no action needed on');
  await expect.poll(() => queue.total()).toBe(before - 2);
  await queue.pressKey('z');
  await expect(page.getByRole('status')).toContainText('Undone: removed 3 items (Commercial or spam).');
  await expect.poll(() => queue.total()).toBe(before + 1);
});

test("another operator does not undo the clerk's actions", async ({ page, queue }) => {
  await queue.focusQueue();
  await queue.pressKey('i');
  await expect(page.getByRole('button', { name: /^Undo: no action needed on / })).toBeVisible();
  await new OperatorMenu(page).choose('Switch to Deputy Clerk');
  await page
    .getByRole('dialog', { name: /^Since you were last here/ })
    .getByRole('button', { name: 'Start work' })
    .click();
  await expect(page.getByRole('button', { name: /^Recent actions/ })).toHaveCount(0);
  const before = await queue.total();
  await queue.focusQueue();
  await queue.pressKey('z');
  await expect(page.getByRole('status')).toContainText('Nothing of yours to undo.');
  expect(await queue.total()).toBe(before);
});
