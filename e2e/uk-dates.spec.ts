// UK dates on a PC set to US English and New York time: times shown in UK time, dates typed and shown day first.
import AxeBuilder from '@axe-core/playwright';
import { callApi } from './support/console-api';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const clock = (timeZone: string, iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );

test('shows when an item arrived in UK time, not the PC’s', async ({ queue, page }) => {
  expect(await page.evaluate(() => new Date(Date.UTC(2026, 11, 5, 18, 2)).getHours())).toBe(13);
  await queue.rows.first().click();
  const received = queue.detail.locator('time').first();
  const iso = (await received.getAttribute('datetime')) ?? '';
  expect(clock('Europe/London', iso)).not.toBe(clock('America/New_York', iso));
  await expect(received).toHaveText(
    new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2,3} \\d{4}, ${clock('Europe/London', iso)}$`),
  );
});

test('takes dates typed the UK way, refuses impossible ones, and picks one from the calendar by keyboard', async ({
  queue,
  page,
}) => {
  await queue.rows.first().waitFor();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Records' }).click();
  const form = page.getByRole('form', { name: 'Search the record' });
  const from = form.getByRole('textbox', { name: 'From', exact: true });
  const to = form.getByRole('textbox', { name: 'To', exact: true });
  await expect(form.getByText('dd/mm/yyyy').first()).toBeVisible();

  await from.fill('5/11/26');
  await from.press('Tab');
  await expect(from).toHaveValue('05/11/2026');

  await to.fill('31/02/2026');
  await to.press('Tab');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(to).toHaveAccessibleDescription('dd/mm/yyyy 31/02/2026 is not a date: February 2026 has 28 days.');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(to).toBeFocused();
  await expect(page.getByRole('region', { name: 'Items in the record' })).toHaveCount(0);

  await to.fill('30/11/2026');
  await to.press('Tab');
  await expect(to).not.toHaveAttribute('aria-invalid');
  const calendarButton = form.getByRole('button', { name: 'To: calendar' });
  await expect(calendarButton).toBeFocused();
  await page.keyboard.press('Enter');
  const calendar = page.getByRole('dialog', { name: 'To' });
  await expect(calendar.getByRole('grid', { name: 'November 2026' })).toBeVisible();
  await expect(page.locator(':focus')).toHaveAccessibleName('Monday 30 November 2026, chosen');
  const axe = await new AxeBuilder({ page })
    .include('.date-popup')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(calendar).toHaveCount(0);
  await expect(to).toHaveValue('23/11/2026');
  await expect(to).toBeFocused();

  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('region', { name: 'Items in the record' }).getByRole('heading')).toHaveText(
    /^Items: \d+/,
  );
});

const londonDateTime = (iso: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return parts as Record<'day' | 'month' | 'year' | 'hour' | 'minute', string>;
};

test('every view tells the time in UK time and never the US way, on a US PC in New York', async ({
  queue,
  page,
  demoConsole,
}) => {
  await queue.focusQueue();
  await queue.pressKey('i');
  await queue.rows.first().click();
  const usWays = [/\b\d{1,2}:\d{2}\s?(AM|PM)\b/i, /\b(0?[1-9]|1[0-2])\/(1[3-9]|2\d|3[01])\/\d{4}\b/];
  const views = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
  const seen: string[] = [];
  for (const name of ['Queue', ...(await views.allInnerTexts()).filter((view) => !view.startsWith('Queue'))]) {
    await views.filter({ hasText: name }).first().click();
    if (name.startsWith('Records')) await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForTimeout(300);
    const text = await page.locator('body').innerText();
    for (const pattern of usWays) expect(text, `the ${name} view`).not.toMatch(pattern);
    // Every <time> shows the London clock of the moment it stands for.
    const times = await page
      .locator('time[datetime]')
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ iso: node.getAttribute('datetime') ?? '', shown: node.textContent ?? '' })),
      );
    for (const { iso, shown } of times) {
      const clock = /(\d{2}):(\d{2})/.exec(shown);
      if (!iso.includes('T') || !clock) continue;
      const london = londonDateTime(iso);
      expect(`${clock[1]}:${clock[2]}`, `${name}: ${iso}`).toBe(`${london.hour}:${london.minute}`);
      seen.push(iso);
    }
  }
  expect(seen.length).toBeGreaterThan(0);

  // The Records view's times are the London clock of what the record holds.
  const record = await callApi<{ items: { receivedAt: string }[] }>(demoConsole, 'records:search', {
    from: '2026-06-01',
    to: '2026-12-31',
  });
  await views.filter({ hasText: 'Records' }).first().click();
  const form = page.getByRole('form', { name: 'Search the record' });
  await form.getByRole('textbox', { name: 'From', exact: true }).fill('01/06/2026');
  await form.getByRole('textbox', { name: 'To', exact: true }).fill('31/12/2026');
  await form.getByRole('button', { name: 'Search' }).click();
  const first = page.getByRole('region', { name: 'Items in the record' }).locator('tbody tr').first().locator('td');
  const london = londonDateTime(record.items[0]?.receivedAt ?? '');
  await expect(first.first()).toContainText(`${Number(london.day)} `);
  await expect(first.first()).toContainText(`${london.hour}:${london.minute}`);
});
