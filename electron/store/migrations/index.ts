// Numbered, forward-only schema migrations, one file each, listed here in the order they are applied.
import { migration0001 } from './0001-queue-record-and-outbox';
import { migration0002 } from './0002-removals-and-council-settings';
import { migration0003 } from './0003-people-strikes-and-blocks';
import { migration0004 } from './0004-canned-replies';
import { migration0005 } from './0005-real-channels-and-problems';
import { migration0006 } from './0006-operators';
import { migration0007 } from './0007-channel-usage';
import { migration0008 } from './0008-stored-suggestions';
import { migration0009 } from './0009-learning-from-decisions';
import { migration0010 } from './0010-automation-rules';
import { migration0011 } from './0011-requests';
import { migration0012 } from './0012-setup';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
];
