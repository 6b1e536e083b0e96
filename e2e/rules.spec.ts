// Issue 15, item 5 through the UI: a rule made in the Rules view acts on a new item "by rule", is listed under
// "Done by rules" and in the handover, and is undone from the item.
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { QueuePage } from './pages/queue-page';
import { ReplyComposer } from './pages/reply-composer';
import { callApi, recordSize } from './support/console-api';
import { projectRoot, startConsole, type RunningConsole } from './support/console-process';

interface SampleItem {
  text: string;
  subject?: string;
  receivedAt: string;
  fromCouncil?: boolean;
}

/** What the dry run should find, counted from the sample itself: the words, whole, in the last 30 days. */
function expectedMatches(items: SampleItem[], now: number): number {
  const from = now - 30 * 86_400_000;
  return items.filter(
    (item) =>
      !item.fromCouncil &&
      Date.parse(item.receivedAt) >= from &&
      /\b(?:precept|meeting)\b/i.test(`${item.subject ?? ''}\n${item.text}`),
  ).length;
}

test.describe('automation rules', () => {
  let running: RunningConsole | null = null;
  test.afterEach(async () => {
    await running?.stop();
    running = null;
  });

  test('a rule made in the Rules view hides a new item by rule, shows under "Done by rules" and in the handover, and is undone', async ({
    page,
  }, testInfo) => {
    // Two starts of the console, a form and axe-core: more than the default on a busy machine.
    test.setTimeout(120_000);
    const sample = testInfo.outputPath('sample.json');
    copyFileSync(join(projectRoot, 'assets/sample/ashcombe.json'), sample);
    const dataDir = testInfo.outputPath('data');
    running = await startConsole(['--sample', sample, '--data-dir', dataDir]);
    const queue = new QueuePage(page);
    await queue.open(running.url);

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Rules' }).click();
    await expect(page.getByText('No rules yet.')).toBeVisible();
    await page.getByRole('button', { name: 'New rule' }).click();
    const form = page.getByRole('form', { name: 'New rule' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Precept watch');
    await form.getByRole('textbox', { name: 'Words or phrases' }).fill('precept, meeting');
    const parsed = JSON.parse(readFileSync(sample, 'utf8')) as { items: (SampleItem & Record<string, unknown>)[] };
    const expected = expectedMatches(parsed.items, Date.now());
    expect(expected).toBeGreaterThan(0);
    const dryRun = page.getByRole('region', { name: 'Tried on the last 30 days' });
    await expect(dryRun).toContainText(`Would have matched ${expected} item${expected === 1 ? '' : 's'}`);
    await expect(dryRun.getByRole('listitem')).toHaveCount(Math.min(expected, 5));
    // A narrower condition changes the count before anything is saved.
    await form.getByRole('checkbox', { name: 'SMS' }).check();
    await expect(dryRun).not.toContainText(`Would have matched ${expected} item`);
    await form.getByRole('checkbox', { name: 'SMS' }).uncheck();
    await expect(dryRun).toContainText(`Would have matched ${expected} item`);

    // Saving without an action is refused with words a clerk can act on.
    await form.getByRole('button', { name: 'Save rule' }).click();
    await expect(form.getByRole('alert')).toHaveText('Choose at least one thing for the rule to do.');
    await form.getByRole('checkbox', { name: 'Label it' }).check();
    await form.getByRole('textbox', { name: 'Label' }).fill('Precept');
    // The keyboard works the form like the mouse.
    await form.getByRole('checkbox', { name: 'Hide it until reviewed' }).focus();
    await page.keyboard.press('Space');
    await expect(form.getByRole('checkbox', { name: 'Hide it until reviewed' })).toBeChecked();

    await page.setViewportSize({ width: 1366, height: 768 });
    await dryRun.scrollIntoViewIfNeeded();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('rules-form-1366x768.png'), fullPage: false });

    await form.getByRole('button', { name: 'Save rule' }).click();
    const rules = page.getByRole('table', { name: 'Rules' });
    await expect(rules.getByRole('row', { name: /Precept watch/ })).toContainText(
      'label "Precept", hide until reviewed',
    );
    await expect(page.getByRole('status')).toHaveText('Saved rule “Precept watch”.');

    // A new Facebook comment arrives (the sample file is the pretend platform, read at the next start).
    await running.stop();
    parsed.items.push({
      channel: 'facebook',
      kind: 'comment',
      id: 'fb_c_rule_1',
      author: { id: 'fb_rule_1', name: 'Colin Ashdown' },
      text: 'Why is the precept going up again this year?',
      receivedAt: new Date().toISOString(),
    });
    writeFileSync(sample, JSON.stringify(parsed));
    running = await startConsole(['--sample', sample, '--data-dir', dataDir]);
    await page.goto(running.url);
    await page.getByRole('dialog', { name: 'Who is working?' }).getByRole('button').first().click();
    const handover = page.getByRole('dialog', { name: /^Since you were last here/ });
    const byRules = handover.getByRole('region', { name: 'Done by rules' });
    await expect(byRules).toContainText('Done by rules: 1');
    await expect(byRules).toContainText(
      'Done by rule “Precept watch”: labelled "Precept"; hidden on Facebook until reviewed',
    );
    await handover.getByRole('button', { name: 'Start work' }).click();

    await queue.status.selectOption({ label: 'Done by rules' });
    await expect(queue.rows).toHaveCount(1);
    await expect(queue.rows.first()).toContainText('Why is the precept going up again');
    await queue.rows.first().click();
    const effects = queue.detail.getByRole('region', { name: 'Done by rules' });
    await expect(effects).toContainText('By rule “Precept watch”');
    await expect(effects).toContainText('labelled "Precept"; hidden on Facebook until reviewed');
    const record = queue.detail.getByRole('region', { name: 'Record' });
    await expect(record).toContainText('Rule “Precept watch” · Done by rule “Precept watch”');
    await expect(queue.rows.first()).toContainText('Precept');
    await page.screenshot({ path: testInfo.outputPath('done-by-rules-1366x768.png') });

    await effects.getByRole('button', { name: 'Undo what rule Precept watch did' }).click();
    await expect(page.getByRole('status')).toContainText('Undone: what rule “Precept watch” did to Colin Ashdown');
    await expect(queue.rows).toHaveCount(0);
    await queue.status.selectOption({ label: 'New' });
    await queue.search.fill('precept going up');
    await queue.rows.first().click();
    await expect(queue.detail.getByRole('region', { name: 'Done by rules' })).toHaveCount(0);
    await expect(queue.detail.getByRole('region', { name: 'Record' })).toContainText(
      /Clerk · Undid what rule “Precept watch” did; (cancelled before it reached the channel: hide|queued: unhide)/,
    );

    // Turned off, then deleted: what it did stays in the record.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Rules' }).click();
    await page.getByRole('button', { name: 'Turn off Precept watch' }).click();
    await expect(rules.getByRole('row', { name: /Precept watch/ })).toContainText('(off)');
    await page.getByRole('button', { name: 'Delete Precept watch' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete rule “Precept watch”?' });
    await confirm.getByRole('button', { name: 'Delete rule' }).click();
    await expect(page.getByText('No rules yet.')).toBeVisible();
  });

  test('an existing rule opens for editing with its conditions and actions filled in', async ({ page }, testInfo) => {
    running = await startConsole(['--demo', '--data-dir', testInfo.outputPath('data')]);
    const queue = new QueuePage(page);
    await queue.open(running.url);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Rules' }).click();
    await page.getByRole('button', { name: 'New rule' }).click();
    const form = page.getByRole('form', { name: 'New rule' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Repeat offenders at night');
    await form.getByRole('checkbox', { name: 'The sender has at least this many strikes' }).check();
    await form.getByRole('spinbutton', { name: 'Strikes' }).fill('2');
    await form.getByRole('checkbox', { name: 'It arrives outside office hours' }).check();
    await form.getByRole('checkbox', { name: 'Mark it as priority' }).check();
    await expect(page.getByRole('region', { name: 'Tried on the last 30 days' })).toContainText('Would have matched');
    await form.getByRole('button', { name: 'Save rule' }).click();
    await page.getByRole('button', { name: 'Edit Repeat offenders at night' }).click();
    const edit = page.getByRole('form', { name: 'Edit rule Repeat offenders at night' });
    await expect(edit.getByRole('spinbutton', { name: 'Strikes' })).toHaveValue('2');
    await expect(edit.getByRole('checkbox', { name: 'It arrives outside office hours' })).toBeChecked();
    await expect(edit.getByRole('checkbox', { name: 'Mark it as priority' })).toBeChecked();
    await edit.getByRole('textbox', { name: 'Name' }).fill('Night watch');
    await edit.getByRole('button', { name: 'Save rule' }).click();
    await expect(page.getByRole('table', { name: 'Rules' })).toContainText('Night watch');
    await expect(page.getByRole('table', { name: 'Rules' })).toContainText(
      'sender has 2 or more strikes, outside office hours',
    );
  });

  test('a reply a rule drafted opens in the composer to be reviewed and sent', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const sample = testInfo.outputPath('sample.json');
    copyFileSync(join(projectRoot, 'assets/sample/ashcombe.json'), sample);
    const dataDir = testInfo.outputPath('data');
    running = await startConsole(['--sample', sample, '--data-dir', dataDir]);
    const templates = await callApi<{ id: number; name: string }[]>(running, 'templates:list');
    const policyReply = templates.find((template) => /policy/i.test(template.name));
    if (!policyReply) throw new Error('no "please read our policy" canned reply');
    await callApi(running, 'settings:updatePolicy', { policyUrl: 'https://ashcombe-pc.org.uk/social-media-policy' });
    await callApi(running, 'rules:create', {
      name: 'Bonfire questions',
      enabled: true,
      conditions: { words: ['bonfire'] },
      actions: { draftReplyTemplateId: policyReply.id },
    });
    await running.stop();
    const parsed = JSON.parse(readFileSync(sample, 'utf8')) as { items: Record<string, unknown>[] };
    parsed.items.push({
      channel: 'facebook',
      kind: 'comment',
      id: 'fb_c_rule_draft',
      author: { id: 'fb_rule_draft', name: 'Maureen Tilly' },
      text: 'Who said we could have a bonfire on the green?',
      receivedAt: new Date().toISOString(),
    });
    writeFileSync(sample, JSON.stringify(parsed));
    running = await startConsole(['--sample', sample, '--data-dir', dataDir]);
    const queue = new QueuePage(page);
    await queue.open(running.url);
    await queue.search.fill('bonfire on the green');
    await queue.rows.first().click();
    const effects = queue.detail.getByRole('region', { name: 'Done by rules' });
    await expect(effects).toContainText(`Reply drafted for you to review: ${policyReply.name}`);
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const drafted = words(await effects.locator('.draft-reply').innerText());
    expect(drafted).toContain('Hello Maureen Tilly');
    expect(drafted).toContain('https://ashcombe-pc.org.uk/social-media-policy');
    // Drafted while nobody was working, it is signed by the role; the composer signs it as whoever reviews it.
    expect(drafted).toMatch(/Thank you\. The Clerk, Parish Council$/);
    await effects.getByRole('button', { name: 'Review and send…' }).click();
    const composer = new ReplyComposer(page);
    await expect(composer.dialog).toBeVisible();
    await expect(composer.text).not.toHaveValue('');
    expect(words(await composer.text.inputValue())).toBe(drafted.replace('The Clerk,', 'Clerk,'));
    await composer.send.click();
    await expect(composer.dialog).toBeHidden();
    // Sent as reviewed: the record keeps the reply's words (the item has left the New list).
    const signed = drafted.replace('The Clerk,', 'Clerk,');
    await expect
      .poll(async () => (await recordSize(running as RunningConsole)).latest.map(words).join('\n'))
      .toContain(signed.slice(0, 60));
  });
});
