// Issue 17, item 1: a new council from an empty data folder to its first "please read our policy" reply.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FakeGraph } from '../testing/fakes/facebook/fake-graph';
import { policyDocx, policyPdf } from '../testing/support/policy-files';
import { chooseOperator, QueuePage } from './pages/queue-page';
import { callApi } from './support/console-api';
import { startConsole, type RunningConsole } from './support/console-process';

const token = 'EAAGpage-token-Little-Snoring-000111222';
let running: RunningConsole | null = null;
let fake: FakeGraph | null = null;
test.afterEach(async () => {
  await running?.stop();
  await fake?.close();
  running = null;
  fake = null;
});

const setupRegion = (page: Page) => page.getByRole('region', { name: 'Set up the console for your council' });

async function noViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('a new council sets itself up, resumes where it left off, connects Facebook and sends "please read our policy" with its own address', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  fake = new FakeGraph({ pageId: '1000', accessToken: token });
  const graphUrl = await fake.start();
  const postId = fake.addPost({
    message: 'Road closure on Mill Lane from Monday',
    at: new Date(Date.now() - 3600_000),
  });
  const dataDir = testInfo.outputPath('data');
  const env = { PARISH_CONSOLE_FACEBOOK_API: graphUrl, PARISH_CONSOLE_POLL_SECONDS: '1' };
  running = await startConsole(['--data-dir', dataDir], 20_000, env);
  await page.goto(running.url);

  const setup = setupRegion(page);
  await expect(setup).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await noViolations(page);
  const council = setup.getByRole('form', { name: 'Your council' });
  await council.getByLabel('Council name').fill('Little Snoring Parish Council');
  await council.getByLabel('Council address').fill('The Village Hall, Church Lane, Little Snoring NR21 0AA');
  await council.getByRole('button', { name: 'Save and continue' }).click();

  await expect(setup.getByRole('heading', { name: 'Clerk and deputy' })).toBeVisible();
  const clerk = setup.getByRole('form', { name: /^Profile of / }).first();
  await clerk.getByLabel('Name').fill('Helen Marsh');
  await clerk.getByLabel('Email', { exact: true }).fill('clerk@littlesnoring-pc.org.uk');
  await clerk.getByLabel('Email signature').fill('Helen Marsh, Clerk to Little Snoring Parish Council');
  await clerk.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: "Saved Helen Marsh's profile." })).toBeVisible();
  await setup.getByRole('button', { name: 'Continue' }).click();

  // Stopped half-way: the next start carries on at the policy, with what was entered kept.
  await expect(setup.getByRole('heading', { name: 'Your policy' })).toBeVisible();
  await running.stop();
  running = await startConsole(['--data-dir', dataDir], 20_000, env);
  await page.goto(running.url);
  await expect(setup.getByRole('heading', { name: 'Your policy' })).toBeVisible();
  await expect(setup.getByRole('button', { name: /1\. Your council \(done\)/ })).toBeVisible();
  await expect(setup).toContainText('West End Parish Council’s policy as an example only');

  const docx = testInfo.outputPath('our-policy.docx');
  await writeFile(docx, await policyDocx());
  const policy = setup.getByRole('form', { name: 'The council’s policy' });
  await policy.getByLabel('Import from a file (.docx, .pdf, .md or .txt)').setInputFiles(docx);
  await expect(policy.getByRole('status')).toContainText('Read the Word file our-policy.docx');
  await expect(policy.getByRole('textbox', { name: 'Policy text', exact: true })).toHaveValue(
    /^# Ashcombe Parish Council Social Media Policy/,
  );
  await expect(policy.getByRole('textbox', { name: 'Policy version', exact: true })).toHaveValue('2.1');
  await expect(policy.getByRole('textbox', { name: 'Date agreed' })).toHaveValue('05/05/2025');
  await expect(policy.getByRole('textbox', { name: 'Review due' })).toHaveValue('01/05/2027');
  await noViolations(page);
  await policy.getByRole('button', { name: 'Save and continue' }).click();

  const contacts = setup.getByRole('form', { name: 'Policy and contact addresses' });
  await contacts.getByLabel('Policy web address').fill('https://littlesnoring-pc.org.uk/social-media-policy');
  await contacts.getByLabel('Clerk email').fill('clerk@littlesnoring-pc.org.uk');
  await contacts.getByLabel('Complaints address').fill('The Clerk, The Village Hall, Little Snoring NR21 0AA');
  await contacts.getByRole('button', { name: 'Save and continue' }).click();

  await expect(setup.getByRole('heading', { name: 'Address book' })).toBeVisible();
  const book = setup.getByRole('form', { name: 'Address book' });
  await book.getByRole('button', { name: 'Add contact' }).click();
  await book.getByLabel('Name 1').fill('Cllr Ray Dunn');
  await book.getByLabel('Email 1').fill('ray.dunn@littlesnoring-pc.org.uk');
  await book.getByRole('button', { name: 'Save address book' }).click();
  await expect(book).toContainText('Saved.');
  await setup.getByRole('button', { name: 'Continue' }).click();
  await page.screenshot({ path: testInfo.outputPath('setup-start-1366x768.png') });
  await setup.getByRole('button', { name: 'Connect a channel' }).click();
  // Connecting a channel ends the setup: wait for it to go before choosing who is working.
  await expect(setup).toBeHidden();

  // The names entered replace "Parish Council" and "Clerk".
  await chooseOperator(page, 'Helen Marsh');
  await expect(page.getByRole('banner')).toContainText('Little Snoring Parish Council');
  await expect(
    page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: 'Channels' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('button', { name: 'Facebook Page', exact: true }).click();
  const form = page.getByRole('form', { name: 'Connect a Facebook Page' });
  await form.getByLabel('Name in the console').fill('Council Page');
  await form.getByLabel('Page id').fill('1000');
  await form.getByLabel('Page access token').fill(token);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toHaveText('Connected to the Facebook Page Little Snoring Parish Council.');
  await form.getByRole('button', { name: 'Save' }).click();

  // Started again: the setup is done and not shown.
  await running.stop();
  running = await startConsole(['--data-dir', dataDir], 20_000, env);
  await page.goto(running.url);
  await chooseOperator(page, 'Helen Marsh');
  await expect(setupRegion(page)).toBeHidden();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Policy' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The council’s policy' })).toBeVisible();
  await expect(page.locator('.policy-text')).toContainText('Ashcombe Parish Council Social Media Policy');
  await expect(page.locator('.policy-text')).not.toContainText('West End');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }).click();
  fake.addComment(postId, {
    message: 'Why is the council closing Mill Lane again?',
    at: new Date(Date.now() - 60_000),
    from: { id: 'u9', name: 'Tom Baker' },
  });
  const queue = new QueuePage(page);
  const row = queue.rows.filter({ hasText: 'closing Mill Lane' });
  await expect(row).toHaveCount(1, { timeout: 15_000 });
  await row.click();
  await queue.focusQueue();
  await page.keyboard.press('r');
  const composer = page.getByRole('dialog', { name: /^Reply to / });
  await composer.getByRole('searchbox', { name: 'Canned reply' }).fill('read our');
  await composer.getByRole('searchbox', { name: 'Canned reply' }).press('Enter');
  const expected =
    /^Hello Tom.*https:\/\/littlesnoring-pc\.org\.uk\/social-media-policy Thank you\. Helen Marsh, Little Snoring Parish Council$/;
  await expect(composer.getByRole('textbox', { name: 'Reply text' })).toHaveValue(expected);
  await composer.getByRole('button', { name: 'Send', exact: true }).click();
  await expect
    .poll(() =>
      fake?.state.comments.some(
        (comment) =>
          comment.from?.id === '1000' &&
          comment.message.includes('https://littlesnoring-pc.org.uk/social-media-policy'),
      ),
    )
    .toBe(true);
});

test('"Try the demo parish" opens Ashcombe in front of the new council, and "Back" returns to the setup with nothing of it kept', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const dataDir = testInfo.outputPath('data');
  running = await startConsole(['--data-dir', dataDir]);
  await page.goto(running.url);
  const setup = setupRegion(page);
  const council = setup.getByRole('form', { name: 'Your council' });
  await council.getByLabel('Council name').fill('Little Snoring Parish Council');
  await council.getByRole('button', { name: 'Save and continue' }).click();
  await expect(setup.getByRole('heading', { name: 'Clerk and deputy' })).toBeVisible();
  await setup.getByRole('navigation', { name: 'Setup steps' }).getByRole('button', { name: /^6\. / }).click();
  await setup.getByRole('button', { name: 'Try the demo parish' }).click();

  const banner = page.getByRole('status').filter({ hasText: 'Demo parish:' });
  await expect(banner).toContainText('none of them Little Snoring Parish Council’s');
  await chooseOperator(page);
  await expect(page.getByRole('banner')).toContainText('Ashcombe Parish Council');
  const queue = new QueuePage(page);
  await expect(queue.rows.first()).toBeVisible();
  await noViolations(page);
  await page.screenshot({ path: testInfo.outputPath('demo-parish-1366x768.png') });
  // What the clerk does in the demo stays in the demo's own folder.
  await queue.rows.first().click();
  await page.keyboard.press('i');
  await expect(page.getByRole('status').filter({ hasText: 'Marked as needing no action.' })).toBeVisible();
  expect(existsSync(join(dataDir, 'demo-parish'))).toBe(true);

  await banner.getByRole('button', { name: 'Back to Little Snoring Parish Council' }).click();
  await expect(setup.getByRole('heading', { name: 'Clerk and deputy' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Demo parish:' })).toBeHidden();
  await expect(page.getByRole('banner')).toContainText('Little Snoring Parish Council');
  expect(existsSync(join(dataDir, 'demo-parish'))).toBe(false);
  const record = await callApi<{ total: number }>(running, 'queue:list', { status: 'all' });
  expect(record.total).toBe(0);
});

test('Settings → Policy import reads a PDF and fills the version and dates; the Policy view then shows it', async ({
  page,
}, testInfo) => {
  running = await startConsole(['--data-dir', testInfo.outputPath('data')]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(running.url);
  await chooseOperator(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Policy' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'This is an example only' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: 'Policy import' }).click();
  const pdf = testInfo.outputPath('policy.pdf');
  await writeFile(pdf, await policyPdf());
  const policy = page.getByRole('form', { name: 'The council’s policy' });
  await policy.getByLabel('Import from a file (.docx, .pdf, .md or .txt)').setInputFiles(pdf);
  await expect(policy.getByRole('status')).toContainText('Read the PDF file policy.pdf');
  await expect(policy.getByRole('textbox', { name: 'Policy text', exact: true })).toHaveValue(/^# Social Media Policy/);
  await expect(policy.getByRole('textbox', { name: 'Policy version', exact: true })).toHaveValue('3');
  await expect(policy.getByRole('textbox', { name: 'Review due' })).toHaveValue('01/04/2028');
  await page.screenshot({ path: testInfo.outputPath('settings-policy-import-1366x768.png') });
  await policy.getByRole('button', { name: 'Save policy' }).click();
  await expect(policy.getByRole('status')).toHaveText('Saved the council’s policy.');

  // A file that is not a policy says what to do.
  const odt = testInfo.outputPath('policy.odt');
  await writeFile(odt, 'not really');
  await policy.getByLabel('Import from a file (.docx, .pdf, .md or .txt)').setInputFiles(odt);
  await expect(policy.getByRole('status')).toContainText('Save it as .docx or PDF, or paste the text instead.');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Policy' }).click();
  await expect(page.locator('.policy-text')).toContainText('Removing posts');
  await expect(page.getByRole('note').filter({ hasText: 'This is an example only' })).toHaveCount(0);
});
