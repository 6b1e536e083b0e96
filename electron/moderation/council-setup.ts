// The first-run setup's progress: each step saved as it is done, and whether the clerk has finished.
import { setupStepSchema, type SetupStep, type SetupView } from '../api/setup';
import type { Store } from '../store/store';
import type { Write } from './write';
import { z } from 'zod';

const key = 'setup';
const progressSchema = z.object({ stepsDone: z.array(setupStepSchema), finished: z.boolean() });
type Progress = z.infer<typeof progressSchema>;

function readProgress(store: Store): Progress {
  const parsed = progressSchema.safeParse(store.settings.get(key));
  return parsed.success ? parsed.data : { stepsDone: [], finished: false };
}

/** `sampleLoaded`: the demo parish or a sample file stands in for a council, so there is nothing to set up. */
export function setupView(store: Store, sampleLoaded: boolean): SetupView {
  const progress = readProgress(store);
  return { needed: !progress.finished && !sampleLoaded, ...progress };
}

export function recordSetupProgress(change: Write, progress: { step?: SetupStep; finished?: boolean }): void {
  const before = readProgress(change.store);
  const stepsDone =
    progress.step && !before.stepsDone.includes(progress.step)
      ? [...before.stepsDone, progress.step]
      : before.stepsDone;
  const after = { stepsDone, finished: progress.finished ?? before.finished };
  if (after.finished === before.finished && stepsDone.length === before.stepsDone.length) return;
  change.store.settings.set(key, after, change.now);
  if (after.finished && !before.finished)
    change.record({ itemId: null, kind: 'settings-changed', details: { changed: ['setup'] } });
}
