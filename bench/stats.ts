// Small statistics helpers for the benchmark's printed figures.
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export function timeMs(fn: () => void): number {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export const fixed = (value: number, digits = 2): string => value.toFixed(digits);

/** `before`: the same figure measured before a change, printed beside it for comparison. */
export function line(label: string, value: string, target?: string, before?: string): void {
  const notes = [target ? `target ${target}` : '', before ? `before: ${before}` : ''].filter(Boolean).join('; ');
  process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}${notes ? `   (${notes})` : ''}\n`);
}
