// The first-run setup: its steps, which are done, and whether it is still to be shown.
import { z } from 'zod';

export const setupSteps = ['council', 'people', 'policy', 'contacts', 'address-book'] as const;
export type SetupStep = (typeof setupSteps)[number];
export const setupStepSchema = z.enum(setupSteps);

export interface SetupView {
  /** Shown when the console opens until the clerk finishes it (never over the demo parish or a sample file). */
  needed: boolean;
  finished: boolean;
  /** Each step is saved as it is done, so the setup carries on where it was left. */
  stepsDone: SetupStep[];
}
