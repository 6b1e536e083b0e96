// The council-meeting report: which days it covers, and the figures it shows.
import { z } from 'zod';
import type { Channel } from './domain';
import type { RequestsReport } from './requests';
import { durationInWords, longMonths } from './uk-time';

/** An inclusive range of UK days. */
export const reportInput = z
  .strictObject({ from: z.iso.date(), to: z.iso.date() })
  .refine((range) => range.from <= range.to, {
    message: 'The From date must be on or before the To date.',
    path: ['to'],
  });
export type ReportInput = z.infer<typeof reportInput>;

export interface ReportFigures {
  from: string;
  to: string;
  councilName: string;
  /** Every calendar month the range touches, 'YYYY-MM', oldest first. */
  months: string[];
  /** Channels that received anything in the range, in the console's channel order; counts follow `months`. */
  messagesPerChannel: { channel: Channel; counts: number[] }[];
  /** Removals made in the range that still stand, most frequent reason first. */
  removalsPerReason: { reasonId: string; label: string; count: number }[];
  firstResponse: {
    /** Hours from arrival to the council first dealing with the item, to one decimal; null when nothing was answered. */
    medianHours: number | null;
    answered: number;
    unanswered: number;
    perChannel: { channel: Channel; medianHours: number | null; answered: number }[];
  };
  /** FOI requests, subject access requests and complaints: per month by type, on time, median working days. */
  requests?: RequestsReport;
}

/** What the PDF export answers with: the bytes, base64-encoded to cross the bridge. */
export interface ReportPdfFile {
  fileName: string;
  base64: string;
}

/** The file name of an export, e.g. `report-2025-04-01-2026-03-31.pdf`. */
export function reportFileName(name: string, range: { from: string; to: string }, extension: 'pdf' | 'png'): string {
  return `${name}-${range.from}-${range.to}.${extension}`;
}

/** Each channel's colour in the report's charts, on screen and on paper alike. */
export const channelColours: Readonly<Record<Channel, string>> = {
  facebook: '#1877f2',
  x: '#111111',
  email: '#6b4fa1',
  website: '#2e7d32',
  sms: '#c75b12',
};

/** 'YYYY-MM' as a chart label: 'Mar 2026'. */
export function monthLabel(month: string): string {
  const name = longMonths[Number(month.slice(5, 7)) - 1] ?? month;
  return `${name.slice(0, 3)} ${month.slice(0, 4)}`;
}

/** 'YYYY-MM-DD' as the council writes a date: '1 April 2026'. */
export function dayLabel(day: string): string {
  return `${Number(day.slice(8, 10))} ${longMonths[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;
}

/** A median response time for people: '4 hours 30 minutes', '2 days 3 hours', or 'none answered'. */
export function hoursLabel(hours: number | null): string {
  return hours === null ? 'none answered' : durationInWords(hours * 3_600_000);
}

/** The unit a chart of durations counts in: hours up to two days, days beyond, so its axis reads "3", not "72". */
export function durationAxis(largestHours: number): { unit: 'hours' | 'days'; hoursPer: number } {
  return largestHours >= 48 ? { unit: 'days', hoursPer: 24 } : { unit: 'hours', hoursPer: 1 };
}

export interface Scale {
  max: number;
  step: number;
}

/** A round axis maximum and step (1, 2 or 5 times a power of ten) giving about five gridlines. */
export function niceScale(largest: number): Scale {
  if (largest <= 0) return { max: 1, step: 1 };
  const rough = largest / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power,
  );
  return { max: Math.ceil(largest / step) * step, step };
}
