// The Reports view: the three figures for a council meeting, each saved as PNG, and the PDF.
import { expect, test } from './support/fixtures';

test('shows messages per channel per month, removals per reason and time to first response, and saves them', async ({
  queue,
  page,
}) => {
  await queue.focusQueue();
  await queue.pressKey('2');
  await expect(page.getByRole('status')).toContainText('Removed: Personal attack or threat');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reports' }).click();
  const removals = page.getByRole('img', { name: /^Removals still in force, 1 in all: Personal attack or threat 1\./ });
  await expect(removals).toBeVisible();
  await expect(page.getByRole('img', { name: /Facebook/ }).first()).toBeVisible();

  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PNG' }).nth(1).click();
  expect((await png).suggestedFilename()).toMatch(/^removals-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.png$/);
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/^report-.*\.pdf$/);
});
