// `npm run bench:rules`: the clerk's automation rules on one incoming item, in a database of 100,000 items.
// Prints the pure evaluator's time, the whole of it at ingest (reading the item and the sender's strikes,
// recording what the rules did, queuing the hide), the suggestions beside it, both together, and a dry run.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { channels } from '../electron/api/domain';
import { defaultOfficeHours, type RuleDefinition } from '../electron/api/rules';
import type { IncomingItem } from '../electron/core/incoming-item';
import { compileRule, type RuleFacts } from '../electron/core/rule-evaluator';
import { applyRules, dryRun } from '../electron/moderation/rule-runs';
import { createRule } from '../electron/moderation/rules';
import { councilSuggestions } from '../electron/moderation/stored-suggestions';
import { write, type Writer } from '../electron/moderation/write';
import { EventHub } from '../electron/sync/event-hub';
import { ConsoleStore } from '../electron/store/console-store';
import { fixed, line, percentile, timeMs } from './stats';
import { demoItems, syntheticItems } from './synthetic-items';
import { sqliteHandle } from '../electron/store/sqlite-handle';

const itemCount = Number(process.env.BENCH_ITEMS ?? 100_000);
const arrivals = 2_000;
const now = new Date('2026-11-24T21:30:00Z');

/** Eight rules, every condition and action among them: more than a parish council is likely to keep. */
const rules: RuleDefinition[] = [
  {
    name: 'Shop links',
    enabled: true,
    conditions: { domains: ['cheap-shop.com', 'bit.ly'] },
    actions: { label: 'Spam', hideUntilReviewed: true },
  },
  { name: 'Any link on X', enabled: true, conditions: { channels: ['x'], hasLink: true }, actions: { label: 'Link' } },
  {
    name: 'Strong threats',
    enabled: true,
    conditions: { suggestedReason: { reasonId: 'personal-attack', minConfidence: 'high' } },
    actions: { priority: true, hideUntilReviewed: true },
  },
  { name: 'Repeat offenders', enabled: true, conditions: { minStrikes: 2 }, actions: { priority: true } },
  { name: 'Blocked senders', enabled: true, conditions: { senderBlocked: true }, actions: { label: 'Blocked sender' } },
  {
    name: 'Night messages',
    enabled: true,
    conditions: { kinds: ['message', 'dm', 'email', 'sms'], outsideOfficeHours: true },
    actions: { label: 'Out of hours' },
  },
  {
    name: 'Precept questions',
    enabled: true,
    conditions: { words: ['precept', 'council tax', 'budget', 'accounts'] },
    actions: { suggestReason: 'alleged-breach', label: 'Finance' },
  },
  {
    name: 'Planning',
    enabled: true,
    conditions: { channels: ['email', 'website'], words: ['planning', 'application', 'extension'] },
    actions: { label: 'Planning' },
  },
];

const dataDir = mkdtempSync(join(tmpdir(), 'console-rules-bench-'));
process.stdout.write(`Rules benchmark on ${itemCount.toLocaleString('en-GB')} items in ${dataDir}\n\n`);
try {
  const store = ConsoleStore.open(dataDir);
  const suggestions = councilSuggestions(store, 'Bench');
  const at = now.toISOString();
  const accounts = Object.fromEntries(
    channels.map((channel) => [
      channel,
      store.accounts.ensure({ key: `bench:${channel}`, connector: 'demo', channel, name: `Bench ${channel}` }, at).id,
    ]),
  );
  // The history is loaded with its suggestions stored, as the backend does, in bulk batches.
  store.items.suggestWith(suggestions.top);
  let batch: IncomingItem[] = [];
  const flush = () => {
    store.transaction(() => {
      for (const channel of channels) {
        const mine = batch.filter((item) => item.channel === channel);
        if (mine.length > 0) store.items.ingest(accounts[channel] as number, mine, at);
      }
    });
    batch = [];
  };
  for (const item of syntheticItems(itemCount)) {
    batch.push(item);
    if (batch.length === 5_000) flush();
  }
  flush();
  // The rules' writes at the benchmark's fixed moment, by the clerk who made the rules.
  const writer: Writer = { store, events: new EventHub(), now: () => now, operator: () => 'Clerk' };
  for (const rule of rules) write(writer, (change) => createRule(change, rule));

  // 1. The evaluator alone: every rule tested against one item's facts.
  const hours = defaultOfficeHours;
  const compiled = rules.map((rule) => compileRule(rule.conditions, hours));
  const templates = demoItems();
  const pure: number[] = [];
  for (let index = 0; index < 20_000; index++) {
    const item = templates[index % templates.length] as IncomingItem;
    const facts: RuleFacts = {
      channel: item.channel,
      kind: item.kind,
      text: item.text,
      subject: item.subject,
      receivedAt: new Date(now.getTime() - (index % 48) * 1_800_000).toISOString(),
      suggestion: index % 7 === 0 ? { reasonId: 'personal-attack', confidence: 'high' } : null,
      strikes: index % 5,
      senderBlocked: index % 50 === 0,
    };
    pure.push(timeMs(() => compiled.forEach((rule) => rule.matches(facts))));
  }

  // 2. At ingest, one item at a time as a poll brings it: suggestion stored, then the rules.
  const suggestMs: number[] = [];
  const rulesMs: number[] = [];
  const bothMs: number[] = [];
  const ingestMs: number[] = [];
  // CPU time is what the rules cost this process whatever else the machine runs (its load is printed too).
  let rulesCpuUs = 0;
  let acted = 0;
  let index = 0;
  for (const item of syntheticItems(arrivals, now.getTime() - arrivals * 60_000)) {
    const fresh = { ...item, externalId: `arrival-${index++}` };
    const account = accounts[fresh.channel] as number;
    const before = Number(sqliteHandle(store).prepare(`SELECT max(id) FROM items`).pluck().get());
    // The suggestion worked out (what ingest stores with the item), timed alone; then the item committed.
    const suggest = timeMs(() => suggestions.top([fresh]));
    ingestMs.push(timeMs(() => store.transaction(() => store.items.ingest(account, [fresh], at))));
    const ids = sqliteHandle(store).prepare(`SELECT id FROM items WHERE id > ?`).pluck().all(before) as number[];
    const cpu = process.cpuUsage();
    const rule = timeMs(() => (acted += applyRules(writer, ids, 'Bench')));
    const used = process.cpuUsage(cpu);
    rulesCpuUs += used.user + used.system;
    suggestMs.push(suggest);
    rulesMs.push(rule);
    bothMs.push(suggest + rule);
  }

  // 3. The dry run a clerk waits for in the Rules view.
  const dry: number[] = [];
  let matched = 0;
  for (const rule of rules) dry.push(timeMs(() => (matched = dryRun(store, rule.conditions, now).matched)));

  const ms = (samples: number[]) =>
    `${fixed(percentile(samples, 50), 3)} / ${fixed(percentile(samples, 95), 3)} / ${fixed(percentile(samples, 99), 3)}`;
  line('rules alone (8 rules, evaluator) p50/p95/p99', `${ms(pure)} ms`);
  line('rules at ingest (one item, read + record) p50/p95/p99', `${ms(rulesMs)} ms`);
  line('suggestions (one item) p50/p95/p99', `${ms(suggestMs)} ms`);
  line('suggestions and rules together p50/p95/p99', `${ms(bothMs)} ms`, 'p95 < 2 ms');
  line('ingest commit with its suggestion, p50/p95/p99', `${ms(ingestMs)} ms`);
  line('rules at ingest, CPU time mean', `${fixed(rulesCpuUs / arrivals / 1000, 3)} ms`);
  line('machine load (1 min) at the end', `${fixed(loadavg()[0] ?? 0, 1)} on ${cpus().length} cores`);
  line('rules acted', `${acted} times on ${arrivals} items`);
  line('dry run, last 30 days, p50 / max', `${fixed(percentile(dry, 50), 1)} / ${fixed(Math.max(...dry), 1)} ms`);
  line(
    '  (items in the last 30 days; last rule matched)',
    `${store.rules.itemsSince(new Date(now.getTime() - 30 * 86_400_000).toISOString(), 1e6).length} / ${matched}`,
  );
  store.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
