// The clerk and the deputy clerk: who is working, and what happened while one was away.
import { z } from 'zod';
import type { ActionRecord, Channel } from './domain';
import type { RequestsSummary } from './requests';

export interface OperatorView {
  id: number;
  name: string;
  role: 'clerk' | 'deputy';
  signature: string;
  email: string;
}

export interface OperatorsView {
  operators: OperatorView[];
  /** Who is working now; null until someone has chosen. */
  currentId: number | null;
  /** Who worked last, offered first when the app opens. */
  lastId: number | null;
}

export interface HandoverSummary {
  operatorId: number;
  /** The start of the time away: this operator's last recorded action (null: never worked here yet). */
  since: string | null;
  arrivedPerChannel: { channel: Channel; count: number }[];
  /** What the other operator did meanwhile, counted by kind, and the latest of it. */
  othersHandled: { kind: string; count: number }[];
  othersLatest: ActionRecord[];
  waiting: number;
  blockedWaiting: number;
  failedChannelActions: number;
  /** Accounts not being fetched from, and why (an X account at its monthly spending cap). */
  pausedChannels: { accountName: string; message: string }[];
  notes: { id: number; from: string; text: string; at: string }[];
  /** What automation rules did meanwhile (still standing), and the latest of it. */
  doneByRules: { count: number; latest: ActionRecord[] };
  /** Requests overdue or due within five working days. */
  requests?: RequestsSummary;
}

export const operatorInput = z.strictObject({
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(1).max(120),
  role: z.enum(['clerk', 'deputy']),
  signature: z.string().max(2000),
  email: z
    .union([z.email('Give an email address such as clerk@ashcombe-pc.org.uk, or leave it empty.'), z.literal('')])
    .default(''),
});
