// The council's record of correspondence as the exports receive it, and how its times and counts read.
import { countOf } from '../api/action-words';
import { ukDate, ukTime } from '../api/uk-time';

export interface RecordItemRow {
  id: number;
  receivedAt: string;
  channel: string;
  kind: string;
  account: string;
  sender: string;
  senderId: string;
  subject: string | null;
  text: string;
  status: string;
  removalReason: string | null;
}

export interface RecordActionRow {
  id: number;
  at: string;
  operator: string;
  kind: string;
  itemId: number | null;
  personId: number | null;
  channel: string | null;
  reason: string | null;
  summary: string;
}

/** A note the clerk or deputy wrote about a person (disclosed in a subject access request). */
export interface RecordNoteRow {
  at: string;
  operator: string;
  text: string;
}

export interface ExportHeader {
  title: string;
  councilName: string;
  madeAt: string;
  madeBy: string;
  /** e.g. "1 November 2026 to 30 November 2026" */
  range: string;
  /** one line per filter in force */
  filters: string[];
}

export interface ExportCounts {
  items: number;
  actions: number;
}

/** "3 Nov 2026, 14:05" in UK time (BST-aware); anything that is not a date is shown as written. */
export function recordTime(timestamp: string): string {
  return Number.isNaN(Date.parse(timestamp)) ? timestamp : `${ukDate(timestamp)}, ${ukTime(timestamp)}`;
}

export { countOf };

/** "This export contains 3 items and 2 actions." */
export function contentsLine(counts: ExportCounts): string {
  return `This export contains ${countOf(counts.items, 'item')} and ${countOf(counts.actions, 'action')}.`;
}

/** Oldest first; rows at the same time keep the order they came in (the record's own). */
export function inTimeOrder<Row>(rows: readonly Row[], timeOf: (row: Row) => string): Row[] {
  const sortKey = (row: Row): number => {
    const time = Date.parse(timeOf(row));
    return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
  };
  // A time that cannot be read sorts last; Infinity - Infinity is NaN, which sort takes as "equal".
  return [...rows].sort((a, b) => sortKey(a) - sortKey(b) || 0);
}
