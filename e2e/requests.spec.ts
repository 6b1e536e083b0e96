// Issue 16 through the UI: an FOI email suggested, logged with its due date, answered and off the open list;
// a subject access request answered with the subject access export.
import { ReplyComposer } from './pages/reply-composer';
import type { QueuePage } from './pages/queue-page';
import { expect, test } from './support/fixtures';

async function openItem(queue: QueuePage, search: string): Promise<void> {
  await queue.search.fill(search);
  await expect(queue.rows).toHaveCount(1);
  await queue.rows.first().click();
}

test('an FOI email is suggested, logged with its due date, answered with a reply and leaves the open list', async ({
  queue,
  page,
}) => {
  // A long flow through four views on a shared machine.
  test.slow();
  await openItem(queue, 'last tendered');
  await expect(queue.rows.first()).toContainText('Looks like an FOI request');
  const panel = queue.detail.getByRole('region', { name: 'Requests' });
  await expect(panel).toContainText('Looks like an FOI request');
  await expect(panel).toContainText('Freedom of Information Act');

  await panel.getByRole('button', { name: 'Log as FOI request' }).click();
  // Received Wed 23 Sep 2026: the 20th working day after it is Wed 21 Oct 2026.
  await expect(page.getByRole('status')).toContainText('Logged as FOI-2026-001, due 21 Oct 2026.');
  await expect(panel).toContainText('FOI-2026-001');
  await expect(panel.getByRole('button', { name: 'Log as FOI request' })).toBeDisabled();
  await expect(queue.rows.first()).toContainText(/FOI-2026-001: Overdue/);
  // The header warns while a request is overdue.
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('img', { name: '1 overdue' })).toBeVisible();

  await queue.focusQueue();
  const composer = new ReplyComposer(page);
  await composer.open();
  await composer.write('Dear Ms Kaur, the contract is worth £4,200 a year; three quotes were received. Clerk');
  await expect(composer.send).toBeEnabled();
  await composer.send.click();
  await expect(page.getByRole('status')).toContainText('Sending the reply…');

  await nav.getByRole('button', { name: /^Requests/ }).click();
  const register = page.getByRole('table');
  await expect(register.getByRole('row', { name: /FOI-2026-001/ })).toContainText('Jasleen Kaur');
  await expect(register.getByRole('row', { name: /FOI-2026-001/ })).toContainText('21 Oct 2026');
  await register.getByRole('button', { name: 'FOI-2026-001' }).click();
  const step = page.getByRole('form', { name: 'Next step for FOI-2026-001' });
  await expect(step.getByRole('combobox', { name: 'Next step' })).toHaveValue('answered');
  await expect(step.getByRole('radio', { name: /the contract is worth/ })).toBeChecked();
  await step.getByRole('button', { name: 'Record this step' }).click();
  await expect(page.getByRole('status')).toContainText('FOI-2026-001: mark as answered recorded.');
  await expect(page.getByText('No open requests.')).toBeVisible();
  await expect(nav.getByRole('img', { name: /overdue/ })).toHaveCount(0);

  await page.getByRole('radio', { name: 'Closed' }).check();
  await expect(page.getByRole('row', { name: /FOI-2026-001/ })).toContainText('Answered');
  await expect(page.getByRole('region', { name: /FOI-2026-001/ })).toContainText('the reply marked as the response');
});

test('a subject access request logged by hand is answered with the subject access export', async ({ queue, page }) => {
  test.slow();
  await openItem(queue, 'allotments');
  const panel = queue.detail.getByRole('region', { name: 'Requests' });
  await panel.getByRole('button', { name: 'Log as subject access request' }).click();
  await expect(page.getByRole('status')).toContainText(/Logged as SAR-2026-001, due/);

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Requests/ })
    .click();
  await page.getByRole('button', { name: 'SAR-2026-001' }).click();
  const detail = page.getByRole('region', { name: /SAR-2026-001/ });
  const download = page.waitForEvent('download');
  await detail.getByRole('button', { name: 'Send the subject access export' }).click();
  expect((await download).suggestedFilename()).toMatch(/^subject-access-.*\.zip$/);
  await expect(page.getByRole('status')).toContainText('SAR-2026-001 answered with the subject access export');
  await expect(detail).toContainText('answered');
  await expect(detail).toContainText('with the subject access export');
  await expect(page.getByText('No open requests.')).toBeVisible();
});
