// An email's HTML is shown in its own sandboxed frame: nothing runs, nothing remote loads (and the notice
// counts it), nothing is drawn over the console or styled like it, and links need confirming.
import { writeFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Locator, type Page, type TestInfo } from '@playwright/test';
import { QueuePage } from './pages/queue-page';
import { startConsole, type RunningConsole } from './support/console-process';

let running: RunningConsole | null = null;
test.afterEach(async () => {
  await running?.stop();
  running = null;
});

const pixel =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The console with these emails, one per subject; every request that leaves the console is kept. */
async function consoleWith(
  page: Page,
  testInfo: TestInfo,
  emails: Record<string, string>,
): Promise<{ queue: QueuePage; offSite: string[] }> {
  const sample = testInfo.outputPath('sample.json');
  const items = Object.entries(emails).map(([subject, html], index) => ({
    channel: 'email',
    kind: 'email',
    id: `<hostile-${index}@mail.example.net>`,
    author: { id: `sender${index}@example.net`, name: `Sender ${index}`, email: `sender${index}@example.net` },
    subject,
    text: `${subject} (plain text part).`,
    html,
    receivedAt: new Date(Date.UTC(2026, 10, 20, 10, index)).toISOString(),
  }));
  writeFileSync(sample, JSON.stringify({ items }));
  running = await startConsole(['--sample', sample, '--data-dir', testInfo.outputPath('data')]);
  const offSite: string[] = [];
  const origin = running.origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && url !== 'about:srcdoc') offSite.push(url);
  });
  const queue = new QueuePage(page);
  await queue.open(running.url);
  return { queue, offSite };
}

async function openEmail(
  queue: QueuePage,
  subject: string,
): Promise<{ frame: FrameLocator; box: Locator; iframe: Locator }> {
  await queue.rows.filter({ hasText: subject }).click();
  await expect(queue.detail.getByRole('heading', { level: 2 })).toHaveText(subject);
  const iframe = queue.detail.getByTitle('Email as sent');
  const frame = iframe.contentFrame();
  await expect(frame.locator('body')).not.toBeEmpty();
  return { frame, iframe, box: queue.detail.locator('.email-html-box') };
}

/** `inner` lies inside `outer` on screen (in page coordinates; Playwright gives frame elements those too). */
async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) throw new Error('not on screen');
  expect(a.x).toBeGreaterThanOrEqual(b.x - 1);
  expect(a.y).toBeGreaterThanOrEqual(b.y - 1);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 1);
}

/** The console's own controls are still what a click at their middle reaches. */
async function expectConsoleClickable(page: Page): Promise<void> {
  const controls = [
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }),
    page.getByRole('searchbox', { name: 'Search' }),
    page.getByRole('region', { name: 'Item detail' }).getByRole('button', { name: 'Remove: Obscene or racist' }),
    page.getByRole('table', { name: 'Queue' }).locator('tbody').getByRole('row').first(),
  ];
  for (const control of controls) {
    await expect(control).toBeVisible();
    await control.click({ trial: true });
  }
}

test('shows an HTML email without running its scripts or loading its remote images, and asks before opening a link', async ({
  page,
}, testInfo) => {
  const html = [
    '<p>Dear Clerk,</p><p>Please see the <b>attached</b> plan.</p>',
    '<script>parent.__ran = "script"</script>',
    '<img src="https://tracker.example.com/open.gif?id=42" alt="logo" onerror="parent.__ran = \'onerror\'">',
    '<p style="background:url(https://tracker.example.com/bg.gif)">Styled</p>',
    '<a href="https://fernleyhomes.example.com/plan">The plan</a> <a href="javascript:parent.__ran = \'link\'">Click me</a>',
  ].join('');
  const { queue, offSite } = await consoleWith(page, testInfo, { 'Site plan': html });
  const { frame } = await openEmail(queue, 'Site plan');
  await expect(frame.locator('body')).toContainText('Please see the attached plan.');
  await expect(queue.detail).toContainText('2 remote images not loaded');
  await expect(frame.getByRole('img')).toHaveAttribute('alt', '[remote image not loaded: logo]');
  expect(await frame.locator('script, [style], [onerror]').count()).toBe(0);
  // A javascript: link loses its address, so it is no longer a link at all.
  await expect(frame.getByRole('link', { name: 'Click me' })).toHaveCount(0);

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await frame.getByRole('link', { name: 'The plan' }).click();
  await expect
    .poll(() => asked)
    .toEqual(['Open this link in your web browser?\n\nhttps://fernleyhomes.example.com/plan']);
  // By keyboard as well: Tab reaches the link inside the frame, Enter asks the same question.
  await frame.getByRole('link', { name: 'The plan' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => asked).toHaveLength(2);
  await frame.getByText('Click me').click();
  expect(page.context().pages()).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  expect(offSite).toEqual([]);
});

test('an email cannot draw a fake dialog, an overlay or a form over the console, nor restyle it', async ({
  page,
}, testInfo) => {
  const emails = {
    'Session expired': [
      '<div class="dialog-backdrop"><div class="dialog" role="dialog" aria-modal="true" aria-label="Session expired">',
      '<h2>Session expired</h2><p>Your console session has expired. Sign in again to keep moderating.</p>',
      '<a href="https://console-login.example.net/">Sign in again</a></div></div>',
    ].join(''),
    'Urgent notice': [
      '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647;background:#fff">',
      '<p id="overlay">The console is being updated. Please wait.</p></div>',
      '<dialog open><p>Press OK to continue</p></dialog><div popover="manual" id="pop">Popover text</div>',
    ].join(''),
    'Account check': [
      '<form action="https://phish.example.net/steal" method="post"><label>Password <input type="password" name="password" autofocus></label>',
      '<button formaction="https://phish.example.net/b">Sign in</button><input type="image" src="https://phish.example.net/go.png"></form>',
      '<meta http-equiv="refresh" content="0;url=https://phish.example.net/"><base href="https://phish.example.net/"><a href="relative/page">A relative link</a>',
    ].join(''),
    Restyled: [
      '<style>body, .app, header, nav, button, .queue, table { display: none !important; visibility: hidden !important; } * { background: red !important; }</style>',
      '<link rel="stylesheet" href="https://styles.example.net/evil.css"><p class="primary muted alert">Styles that aim at the console.</p>',
      '<svg><a xlink:href="javascript:parent.__ran=1"><text y="20">SVG link</text></a><image href="https://tracker.example.net/svg.png"/><foreignObject><div style="position:fixed;inset:0">svg overlay</div></foreignObject></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror="parent.__ran=2">',
      '<iframe src="https://phish.example.net/frame"></iframe><object data="https://phish.example.net/o"></object><embed src="https://phish.example.net/e">',
    ].join(''),
  };
  const { queue, offSite } = await consoleWith(page, testInfo, emails);

  const fake = await openEmail(queue, 'Session expired');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await fake.frame.locator('[class]').count()).toBe(0);
  await expectInside(fake.frame.getByText('Your console session has expired.'), fake.box);
  await expectConsoleClickable(page);

  const overlay = await openEmail(queue, 'Urgent notice');
  await expect(overlay.frame.locator('#overlay')).toHaveCSS('position', 'static');
  await expectInside(overlay.frame.locator('#overlay'), overlay.box);
  await expect(overlay.frame.locator('dialog, [popover]')).toHaveCount(0);
  await expectConsoleClickable(page);

  const form = await openEmail(queue, 'Account check');
  await expect(form.frame.locator('body').locator('form, input, button, label, meta, base')).toHaveCount(0);
  // No autofocus: the console's keyboard keeps working while the email is open.
  await expect(queue.detail.getByTitle('Email as sent')).not.toBeFocused();
  await expect(form.frame.getByText('A relative link')).not.toHaveAttribute('href');
  await page.waitForTimeout(500); // A meta refresh with a zero delay would have gone by now.
  expect(page.url().startsWith(running?.origin ?? '-')).toBe(true);
  expect(page.frames().map((frame) => frame.url())).toEqual([page.url(), 'about:srcdoc']);
  await expectConsoleClickable(page);

  const restyled = await openEmail(queue, 'Restyled');
  await expect(
    restyled.frame.locator('body').locator('style, link, svg, math, iframe, object, embed, [class]'),
  ).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 0, 0)');
  await expectConsoleClickable(page);
  await expectInside(restyled.frame.getByText('Styles that aim at the console.'), restyled.box);

  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  expect(offSite).toEqual([]);
});

test('counts every remote source it did not load, and shows the email’s own data: images', async ({
  page,
}, testInfo) => {
  const html = [
    '<p>Newsletter</p>',
    '<img src="https://t.example.net/1.gif" alt="one">', // 1
    `<img src="${pixel}" srcset="https://t.example.net/2.png 2x" alt="two">`, // 2
    '<picture><source srcset="https://t.example.net/3.webp 1x, https://t.example.net/3b.webp 2x"><img src="https://t.example.net/4.png" alt="four"></picture>', // 3, 4
    '<video poster="https://t.example.net/5.jpg" src="https://t.example.net/5.mp4"></video>', // 5
    '<audio src="https://t.example.net/6.mp3"></audio>', // 6
    '<table background="https://t.example.net/7.png"><tr><td background="https://t.example.net/8.png">Cell</td></tr></table>', // 7, 8
    '<p style="background-image:url(\'https://t.example.net/9.png\')">Styled</p>', // 9
    '<style>.x { background: url(https://t.example.net/10.png) } @import "https://t.example.net/11.css";</style>', // 10, 11
    `<img src="${pixel}" alt="kept">`,
    '<img src="cid:logo@council" alt="logo">',
  ].join('');
  const { queue, offSite } = await consoleWith(page, testInfo, { Newsletter: html });
  const { frame } = await openEmail(queue, 'Newsletter');
  await expect(queue.detail).toContainText(
    '11 remote images not loaded (they would tell the sender when the email was read).',
  );
  await expect(frame.getByRole('img', { name: 'kept' })).toHaveJSProperty('naturalWidth', 1);
  await expect(frame.getByRole('img', { name: '[picture attached to the email, not shown: logo]' })).toBeVisible();
  expect(await frame.locator('[srcset], [poster], [background], video, audio, source').count()).toBe(0);
  expect(offSite).toEqual([]);
});

test('keeps a newsletter’s table layout and its in-page links', async ({ page }, testInfo) => {
  const rows = Array.from(
    { length: 30 },
    (_, n) => `<tr><td height="40" valign="top">Item ${n + 1} of the parish news.</td><td>&nbsp;</td></tr>`,
  ).join('');
  const html = [
    '<p><a href="#minutes">Jump to the minutes</a></p>',
    '<table width="400" align="center" bgcolor="#eeeeee" cellpadding="8" cellspacing="0" border="1">',
    '<tr><td colspan="2" align="center"><font color="#1f5fa8" size="5">Parish News</font></td></tr>',
    `<tr><td rowspan="2" width="120">Left</td><td>Right top</td></tr><tr><td>Right bottom</td></tr>${rows}</table>`,
    '<h3 id="minutes">Minutes of the November meeting</h3><p>Approved without change.</p>',
    '<p><a name="end"></a><a href="#end">To the end</a></p>',
  ].join('');
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  const { queue } = await consoleWith(page, testInfo, { 'Parish News': html });
  const { frame, box, iframe } = await openEmail(queue, 'Parish News');
  // The frame's own stylesheet applies (the console's policy allows it by hash), and nothing was refused.
  await expect(frame.getByRole('link', { name: 'Jump to the minutes' })).toHaveCSS('color', 'rgb(31, 95, 168)');
  await expect(frame.locator('body')).toHaveCSS('font-family', /system-ui/);
  const table = frame.locator('table');
  for (const [name, value] of Object.entries({
    width: '400',
    align: 'center',
    bgcolor: '#eeeeee',
    cellpadding: '8',
    border: '1',
  }))
    await expect(table).toHaveAttribute(name, value);
  await expect(table).toHaveCSS('background-color', 'rgb(238, 238, 238)');
  await expect(table).toHaveCSS('width', '400px');
  await expect(frame.getByRole('cell', { name: 'Parish News', exact: true })).toHaveAttribute('colspan', '2');
  await expect(frame.getByRole('cell', { name: 'Left', exact: true })).toHaveAttribute('rowspan', '2');
  await expect(frame.getByText('Item 1 of the parish news.')).toHaveAttribute('valign', 'top');

  // The frame is as tall as the email, so it scrolls with the console and never inside itself.
  const minutes = frame.getByRole('heading', { name: 'Minutes of the November meeting' });
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(1200);
  await expect(minutes).not.toBeInViewport();
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await frame.getByRole('link', { name: 'Jump to the minutes' }).click();
  await expect
    .poll(async () => {
      const [heading, outer] = [await minutes.boundingBox(), await box.boundingBox()];
      return heading && outer
        ? heading.y >= outer.y - 1 && heading.y + heading.height <= outer.y + outer.height + 1
        : false;
    })
    .toBe(true);
  expect(asked).toEqual([]);
  await expect(frame.locator('body')).toContainText('Approved without change.');
  expect(refused).toEqual([]);
});

test('the frame itself runs nothing, even HTML that never went through the sanitiser', async ({ page }, testInfo) => {
  const { queue } = await consoleWith(page, testInfo, { Plain: '<p>A plain email.</p>' });
  const { iframe } = await openEmail(queue, 'Plain');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-same-origin');
  await iframe.evaluate((frame: HTMLIFrameElement) => {
    frame.srcdoc =
      '<p id="raw">raw</p><script>parent.__ran = "script"</script><img src="x" onerror="parent.__ran = \'onerror\'"><a id="go" href="javascript:parent.__ran=\'link\'">go</a>';
  });
  const raw = iframe.contentFrame();
  await expect(raw.locator('#raw')).toHaveText('raw');
  await raw.locator('#go').click();
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
});
