// An email's HTML is shown sanitised: no script runs, remote images are not loaded, links need confirming.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { QueuePage } from './pages/queue-page';
import { startConsole, type RunningConsole } from './support/console-process';

let running: RunningConsole | null = null;
test.afterEach(async () => {
  await running?.stop();
  running = null;
});

test('shows an HTML email without running its scripts or loading its remote images, and asks before opening a link', async ({ page }, testInfo) => {
  const sample = testInfo.outputPath('sample.json');
  const html = [
    '<p>Dear Clerk,</p><p>Please see the <b>attached</b> plan.</p>',
    '<script>window.__ran = "script"</script>',
    '<img src="https://tracker.example.com/open.gif?id=42" alt="logo" onerror="window.__ran = \'onerror\'">',
    '<p style="background:url(https://tracker.example.com/bg.gif)">Styled</p>',
    '<a href="https://fernleyhomes.example.com/plan">The plan</a> <a href="javascript:window.__ran = \'link\'">Click me</a>',
  ].join('');
  writeFileSync(sample, JSON.stringify({ items: [{ channel: 'email', kind: 'email', id: '<h1@mail.example.net>', author: { id: 'dev@fernleyhomes.example.com', name: 'Fernley Homes', email: 'dev@fernleyhomes.example.com' }, subject: 'Site plan', text: 'Dear Clerk, please see the attached plan.', html, receivedAt: '2026-11-20T10:00:00Z' }] }));
  running = await startConsole(['--sample', sample, '--data-dir', testInfo.outputPath('data')]);
  const remoteRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(running?.origin ?? '')) remoteRequests.push(request.url());
  });
  const queue = new QueuePage(page);
  await queue.open(running.url);
  await queue.rows.first().click();
  const email = queue.detail.getByRole('document', { name: 'Email as sent' });
  await expect(email).toContainText('Please see the attached plan.');
  await expect(queue.detail).toContainText('1 remote image not loaded');
  await expect(email.getByRole('img')).toHaveAttribute('alt', '[remote image not loaded: logo]');
  expect(await email.locator('script, [style], [onerror]').count()).toBe(0);
  // A javascript: link loses its address, so it is no longer a link at all.
  await expect(email.getByRole('link', { name: 'Click me' })).toHaveCount(0);
  await expect(email.getByText('Click me')).not.toHaveAttribute('href');

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await email.getByRole('link', { name: 'The plan' }).click();
  await expect.poll(() => asked).toEqual(['Open this link in your web browser?\n\nhttps://fernleyhomes.example.com/plan']);
  await email.getByText('Click me').click();
  expect(page.context().pages()).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  expect(remoteRequests).toEqual([]);
});
