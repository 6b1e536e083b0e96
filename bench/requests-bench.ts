// Precision and recall of the request recogniser per type, on the fixed train and test splits of the labelled
// phrasings. Tune the rules on train only; test says how they do on phrasings they were not written against.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { channelSchema, itemKindSchema } from '../electron/api/domain';
import { recogniseRequests } from '../electron/core/request-recognition';
import { fixed } from './stats';

const requestTypes = ['foi', 'sar', 'complaint'] as const;
type Label = (typeof requestTypes)[number];

const phrasingsSchema = z.object({
  phrasings: z.array(
    z.object({
      id: z.string(),
      split: z.enum(['train', 'test']),
      labels: z.array(z.enum(requestTypes)),
      channel: channelSchema,
      kind: itemKindSchema,
      subject: z.string().nullable(),
      text: z.string(),
    }),
  ),
});

export type Phrasing = z.infer<typeof phrasingsSchema>['phrasings'][number];

export function loadPhrasings(): Phrasing[] {
  return phrasingsSchema.parse(JSON.parse(readFileSync(new URL('./request-phrasings.json', import.meta.url), 'utf8')))
    .phrasings;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (part: number, whole: number): string => (whole === 0 ? '  n/a' : fixed(part / whole));

function tallySplit(
  phrasings: readonly Phrasing[],
  highOnly: boolean,
): { tallies: Map<Label, Tally>; misses: string[] } {
  const tallies = new Map<Label, Tally>(requestTypes.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const phrasing of phrasings) {
    const suggested = new Set(
      recogniseRequests(phrasing)
        .filter((s) => !highOnly || s.confidence === 'high')
        .map((s) => s.type),
    );
    const expected = new Set<Label>(phrasing.labels);
    for (const type of requestTypes) {
      const tally = tallies.get(type) as Tally;
      if (suggested.has(type) && expected.has(type)) tally.tp++;
      else if (suggested.has(type)) {
        tally.fp++;
        misses.push(`  false ${type.padEnd(9)} ${phrasing.id}: ${phrasing.text}`);
      } else if (expected.has(type)) {
        tally.fn++;
        misses.push(
          `  missed ${type.padEnd(8)} ${phrasing.id}: ${phrasing.subject ? `[${phrasing.subject}] ` : ''}${phrasing.text}`,
        );
      }
    }
  }
  return { tallies, misses };
}

export function benchRequests(options: { showMisses?: 'train' | 'test' | null } = {}): void {
  const phrasings = loadPhrasings();
  for (const split of ['train', 'test'] as const) {
    const part = phrasings.filter((phrasing) => phrasing.split === split);
    const { tallies, misses } = tallySplit(part, false);
    const high = tallySplit(part, true).tallies;
    process.stdout.write(`\nRequest recognition, ${split} split (${part.length} phrasings)\n`);
    process.stdout.write(
      `${'type'.padEnd(10)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall | high only: precision  recall\n`,
    );
    for (const type of requestTypes) {
      const any = tallies.get(type) as Tally;
      const strong = high.get(type) as Tally;
      process.stdout.write(
        `${type.padEnd(10)} ${String(any.tp).padStart(4)} ${String(any.fp).padStart(4)} ${String(any.fn).padStart(4)}  ${ratio(any.tp, any.tp + any.fp).padStart(9)}  ${ratio(any.tp, any.tp + any.fn).padStart(6)} | ${ratio(strong.tp, strong.tp + strong.fp).padStart(20)}  ${ratio(strong.tp, strong.tp + strong.fn).padStart(6)}\n`,
      );
    }
    if (options.showMisses === split) process.stdout.write(`${misses.join('\n')}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Only the train split's mistakes are printed by default, so tuning never looks at the test split.
  benchRequests({ showMisses: process.argv.includes('--no-misses') ? null : 'train' });
}
