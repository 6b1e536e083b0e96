// Precision and recall of the suggested removal reasons against the demo sample's expected reasons.
import { pathToFileURL } from 'node:url';
import { policyReasonIds, type PolicyReasonId } from '../electron/api/domain';
import { suggestReasons } from '../electron/core/suggest-reasons';
import { demoItems } from './synthetic-items';
import { fixed } from './stats';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (part: number, whole: number): string => (whole === 0 ? '  n/a' : fixed(part / whole));

export function benchSuggestions(councilContacts: string[] = ['clerk@ashcombe-pc.example', '01632 960123']): void {
  const items = demoItems().filter((item) => item.expectedReasons !== null);
  const tallies = { any: new Map<PolicyReasonId, Tally>(), high: new Map<PolicyReasonId, Tally>() };
  for (const map of Object.values(tallies)) for (const id of policyReasonIds) map.set(id, { tp: 0, fp: 0, fn: 0 });
  for (const item of items) {
    const expected = new Set(item.expectedReasons ?? []);
    const suggestions = suggestReasons(item, { councilContacts });
    for (const [level, map] of Object.entries(tallies)) {
      const suggested = new Set(suggestions.filter((s) => level === 'any' || s.confidence === 'high').map((s) => s.reasonId));
      for (const id of policyReasonIds) {
        const tally = map.get(id) as Tally;
        if (suggested.has(id) && expected.has(id)) tally.tp++;
        else if (suggested.has(id)) tally.fp++;
        else if (expected.has(id)) tally.fn++;
      }
    }
  }
  process.stdout.write(`Suggested reasons against ${items.length} demo items' expected reasons\n`);
  process.stdout.write(`${'reason'.padEnd(20)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall | high only: precision  recall\n`);
  const totals = { any: { tp: 0, fp: 0, fn: 0 }, high: { tp: 0, fp: 0, fn: 0 } };
  for (const id of policyReasonIds) {
    const any = tallies.any.get(id) as Tally;
    const high = tallies.high.get(id) as Tally;
    for (const [key, tally] of [['any', any], ['high', high]] as const) {
      totals[key].tp += tally.tp;
      totals[key].fp += tally.fp;
      totals[key].fn += tally.fn;
    }
    process.stdout.write(
      `${id.padEnd(20)} ${String(any.tp).padStart(4)} ${String(any.fp).padStart(4)} ${String(any.fn).padStart(4)}  ${ratio(any.tp, any.tp + any.fp).padStart(9)}  ${ratio(any.tp, any.tp + any.fn).padStart(6)} | ${ratio(high.tp, high.tp + high.fp).padStart(20)}  ${ratio(high.tp, high.tp + high.fn).padStart(6)}\n`,
    );
  }
  const { any, high } = totals;
  process.stdout.write(
    `${'all (micro)'.padEnd(20)} ${String(any.tp).padStart(4)} ${String(any.fp).padStart(4)} ${String(any.fn).padStart(4)}  ${ratio(any.tp, any.tp + any.fp).padStart(9)}  ${ratio(any.tp, any.tp + any.fn).padStart(6)} | ${ratio(high.tp, high.tp + high.fp).padStart(20)}  ${ratio(high.tp, high.tp + high.fn).padStart(6)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) benchSuggestions();
