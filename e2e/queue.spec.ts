// Issue 3 through the UI: one queue of every channel, search, filters, detail with context, keyboard.
import { chooseOperator } from './pages/queue-page';
import { expect, test } from './support/fixtures';

test('shows the demo parish in one queue, newest first, and drops the token from the address bar', async ({
  queue,
  page,
}) => {
  await expect(queue.table).toBeVisible();
  expect(await queue.total()).toBeGreaterThanOrEqual(150);
  expect(page.url()).not.toContain('token=');
  const times = await queue.rows
    .locator('time')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  expect(times.length).toBeGreaterThan(5);
  expect([...times].sort().reverse()).toEqual(times);
  // Opening again asks who is working, offering whoever worked last first.
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Who is working?' }).getByRole('button').first()).toHaveText(
    /^Clerk \(/,
  );
  await chooseOperator(page);
  await expect(queue.rows.first()).toBeVisible();
});

test('counts every channel and filters by channel and status', async ({ queue }) => {
  const options = await queue.channel.locator('option').allInnerTexts();
  for (const name of ['Facebook', 'X', 'Email', 'Website', 'SMS']) {
    const option = options.find((text) => text.startsWith(`${name} (`));
    expect(option, `${name} has a count`).toBeDefined();
    expect(Number(/\((\d+)\)/.exec(option ?? '')?.[1])).toBeGreaterThan(10);
  }
  await queue.channel.selectOption('sms');
  await expect(queue.rows.first().getByRole('img', { name: 'Text message (SMS)' })).toBeVisible();
  expect(new Set(await queue.channelsShown())).toEqual(new Set(['Text message (SMS)']));
  await queue.status.selectOption({ label: 'All' });
  await queue.channel.selectOption('');
  const kinds = async () => new Set(await queue.channelsShown()).size;
  await expect.poll(kinds).toBeGreaterThanOrEqual(5);
});

test('searches the full text and says when nothing matches', async ({ queue, page }) => {
  await queue.search.fill('pothole');
  await expect(queue.rows.first()).toContainText(/pothole/i);
  const matches = await queue.total();
  expect(matches).toBeGreaterThan(1);
  await queue.search.fill('Pritchard');
  await expect(queue.rows.first()).toContainText('Gary Pritchard');
  await queue.search.fill('zebra crossing helicopter');
  await expect(page.getByText('No items match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(queue.rows.first()).toBeVisible();
});

test('shows the whole item with its context: the post it replies to and the thread', async ({ queue }) => {
  await queue.search.fill('speed indicator near the school');
  await queue.rows.first().click();
  await expect(queue.detail.getByRole('region', { name: 'In reply to' })).toContainText('the council');
  await expect(queue.detail.getByRole('region', { name: 'Thread' })).toBeVisible();
  await queue.search.fill('streetlight reference number');
  await queue.status.selectOption({ label: 'All' });
  await queue.rows.first().click();
  await expect(queue.detail.getByRole('heading', { level: 2 })).toHaveText('Re: Streetlight out on Station Road');
  await expect(queue.detail.getByRole('region', { name: 'Thread' })).toContainText('Thank you for chasing it');
});

test('moves with j/k and arrows, opens with Enter, searches with /', async ({ queue, page }) => {
  const first = await queue.selectedRow().innerText();
  await queue.focusQueue();
  await queue.pressKey('j');
  await queue.pressKey('j');
  await queue.pressKey('k');
  const second = await queue.selectedRow().innerText();
  expect(second).not.toBe(first);
  await queue.pressKey('ArrowUp');
  expect(await queue.selectedRow().innerText()).toBe(first);
  await queue.pressKey('ArrowDown');
  await queue.pressKey('Enter');
  await expect(queue.detail.getByRole('heading', { level: 2 })).toBeFocused();
  await queue.pressKey('/');
  await expect(queue.search).toBeFocused();
  await page.keyboard.type('j');
  await expect(queue.search).toHaveValue('j');
});

test('marks an item "No action needed" with i, and keeps it in the record as handled', async ({ queue }) => {
  const before = await queue.total();
  const heading = await queue.detail.getByRole('heading', { level: 2 }).innerText();
  await queue.focusQueue();
  await queue.pressKey('i');
  await expect.poll(() => queue.total()).toBe(before - 1);
  await queue.status.selectOption({ label: 'Handled' });
  await queue.rows.filter({ hasText: heading }).first().click();
  await expect(queue.detail.getByRole('heading', { level: 2 })).toHaveText(heading);
  await expect(queue.detail.getByRole('region', { name: 'Record' })).toContainText('No action needed');
});

test('scrolls through the whole queue, loading more as it goes', async ({ queue }) => {
  test.setTimeout(90_000);
  await queue.status.selectOption({ label: 'All' });
  await queue.focusQueue();
  for (let step = 0; step < 110; step++) await queue.pressKey('j');
  const index = Number(await queue.selectedRow().getAttribute('aria-rowindex'));
  expect(index).toBeGreaterThan(100);
});
