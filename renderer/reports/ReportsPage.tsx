// Reports: the figures for a council meeting (messages, removals, first response) as charts, saved as PNG or PDF.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useApi } from '../api/api-context';
import { channelNames } from '../../electron/api/domain';
import {
  channelColours,
  dayLabel,
  durationAxis,
  hoursLabel,
  monthLabel,
  reportFileName,
  type ReportFigures,
} from '../../electron/api/reports';
import { requestsReportLine, type RequestKind, type RequestsReport } from '../../electron/api/requests';
import { BarChart, type ChartSpec } from './BarChart';
import { blobFromBase64, chartPng, downloadFile } from './chart-png';
import { ErrorAlert } from '../ErrorAlert';
import { DateField } from '../forms/DateField';
import { ukToday } from '../../electron/api/uk-time';

type Say = (message: string) => void;

const removalColour = '#8c4a2f';
const allChannelsColour = '#57606a';

export function ReportsPage({ say }: { say: Say }) {
  const api = useApi();
  const [range, setRange] = useState(lastTwelveMonths);
  const [figures, setFigures] = useState<ReportFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savingPdf, setSavingPdf] = useState(false);
  const rangeProblem =
    !range.from || !range.to
      ? 'Choose both dates.'
      : range.from > range.to
        ? 'The From date must be on or before the To date.'
        : null;

  useEffect(() => {
    if (rangeProblem) return;
    let current = true;
    void api.call('reports:figures', range).then((result) => {
      if (!current) return;
      setError(result.ok ? null : result.error.message);
      setFigures(result.ok ? result.value : null);
    });
    // A slower answer for dates the clerk has since changed must not overwrite the newer one.
    return () => {
      current = false;
    };
  }, [api, range, rangeProblem]);

  const savePdf = async () => {
    setSavingPdf(true);
    const result = await api.call('reports:pdf', range);
    setSavingPdf(false);
    if (!result.ok) return setError(result.error.message);
    downloadFile(blobFromBase64(result.value.base64, 'application/pdf'), result.value.fileName);
    say(`Report saved as ${result.value.fileName}.`);
  };

  return (
    <div className="page reports-page">
      <section aria-labelledby="report-range-heading">
        <h2 id="report-range-heading">Report for a council meeting</h2>
        <div className="report-range">
          <DateField
            label="From"
            value={range.from}
            max={range.to || undefined}
            onChange={(from) => setRange({ ...range, from })}
          />
          <DateField
            label="To"
            value={range.to}
            min={range.from || undefined}
            onChange={(to) => setRange({ ...range, to })}
          />
          <button type="button" disabled={Boolean(rangeProblem) || savingPdf} onClick={() => void savePdf()}>
            {savingPdf ? 'Making the PDF…' : 'Save as PDF'}
          </button>
        </div>
        <ErrorAlert message={rangeProblem ?? error} />
        {figures && !rangeProblem ? (
          <p className="muted">
            {figures.councilName}: {dayLabel(figures.from)} to {dayLabel(figures.to)}. Days and times are UK time.
          </p>
        ) : null}
      </section>
      {figures && !rangeProblem ? <Charts figures={figures} say={say} onError={setError} /> : null}
    </div>
  );
}

function Charts({ figures, say, onError }: { figures: ReportFigures; say: Say; onError: (message: string) => void }) {
  const messages = useRef<SVGSVGElement>(null);
  const removals = useRef<SVGSVGElement>(null);
  const response = useRef<SVGSVGElement>(null);
  const requests = useRef<SVGSVGElement>(null);
  const savePng = async (svg: RefObject<SVGSVGElement | null>, name: string) => {
    if (!svg.current) return;
    try {
      const fileName = reportFileName(name, figures, 'png');
      downloadFile(await chartPng(svg.current), fileName);
      say(`Chart saved as ${fileName}.`);
    } catch (problem) {
      onError(problem instanceof Error ? problem.message : 'The chart could not be saved as a PNG.');
    }
  };
  const chart = (id: string, svg: RefObject<SVGSVGElement | null>, props: ChartSpec, caption?: string) => (
    <section aria-labelledby={`${id}-heading`} className="report-figure">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {props.title}
      </h2>
      <BarChart {...props} ref={svg} />
      {caption ? <p>{caption}</p> : null}
      <button type="button" onClick={() => void savePng(svg, id)}>
        Save as PNG
      </button>
    </section>
  );
  return (
    <>
      {chart('messages', messages, messagesChart(figures))}
      {chart('removals', removals, removalsChart(figures))}
      {chart('first-response', response, firstResponseChart(figures))}
      {chart(
        'requests',
        requests,
        requestsChart(figures.months, figures.requests ?? noRequests),
        requestsReportLine(figures.requests ?? noRequests),
      )}
    </>
  );
}

function messagesChart(figures: ReportFigures): ChartSpec {
  const months = figures.months.map(monthLabel);
  const series = figures.messagesPerChannel.map(({ channel, counts }) => ({
    name: channelNames[channel],
    colour: channelColours[channel],
    values: counts,
  }));
  const byChannel = series.map((one) => `${one.name} ${sum(one.values)}`).join(', ');
  const totals = figures.months.map((_, index) => sum(series.map((one) => one.values[index] ?? 0)));
  const busiest = totals.indexOf(Math.max(...totals));
  const summary =
    series.length === 0
      ? 'Messages received per month: none in this period.'
      : `Messages received per month, ${months[0]} to ${months.at(-1)}: ${sum(totals)} in all (${byChannel}). Busiest month ${months[busiest]}, with ${totals[busiest]}.`;
  return {
    layout: 'stacked',
    title: 'Messages received per month, by channel',
    summary,
    categories: months,
    series,
    valueLabel: 'Messages',
    categoryLabel: 'Month',
    empty: 'No messages were received in this period.',
  };
}

const noRequests: RequestsReport = {
  perMonth: [],
  closed: 0,
  closedOnTime: 0,
  onTimeShare: null,
  medianWorkingDays: null,
};

const requestColours: Record<RequestKind, string> = { foi: '#1f5fa8', sar: '#6b4fa1', complaint: '#8a5a00' };

function requestsChart(monthsShown: string[], report: RequestsReport): ChartSpec {
  const months = monthsShown.map(monthLabel);
  const series = report.perMonth
    .filter((line) => sum(line.counts) > 0)
    .map((line) => ({ name: line.typeName, colour: requestColours[line.type], values: line.counts }));
  const received = sum(series.map((one) => sum(one.values)));
  const byType = series.map((one) => `${one.name} ${sum(one.values)}`).join(', ');
  return {
    layout: 'stacked',
    title: 'Requests received per month, by type',
    summary:
      received === 0
        ? `Requests received per month: none in this period. ${requestsReportLine(report)}`
        : `Requests received per month, ${months[0]} to ${months.at(-1)}: ${received} in all (${byType}). ${requestsReportLine(report)}`,
    categories: months,
    series,
    valueLabel: 'Requests',
    categoryLabel: 'Month',
    empty: `No FOI, subject access or complaint requests were received in this period. ${requestsReportLine(report)}`,
  };
}

function removalsChart(figures: ReportFigures): ChartSpec {
  const reasons = figures.removalsPerReason;
  const total = sum(reasons.map((reason) => reason.count));
  const summary =
    reasons.length === 0
      ? 'Removals by reason: none made in this period are still in force.'
      : `Removals still in force, ${total} in all: ${reasons.map((reason) => `${reason.label} ${reason.count}`).join(', ')}.`;
  return {
    layout: 'horizontal',
    title: 'Removals by reason (still in force)',
    summary,
    bars: reasons.map((reason) => ({
      label: reason.label,
      value: reason.count,
      colour: removalColour,
      text: String(reason.count),
    })),
    valueLabel: 'Removals',
    categoryLabel: 'Reason',
    empty: 'No removals made in this period are still in force.',
  };
}

function firstResponseChart(figures: ReportFigures): ChartSpec {
  const response = figures.firstResponse;
  const describe = (hours: number | null, answered: number) => `${hoursLabel(hours)} (${answered} answered)`;
  const barText = (hours: number | null, answered: number) => `${hoursLabel(hours)} · ${answered} answered`;
  const axis = durationAxis(
    Math.max(0, response.medianHours ?? 0, ...response.perChannel.map((channel) => channel.medianHours ?? 0)),
  );
  const inUnit = (hours: number | null) => (hours === null ? null : hours / axis.hoursPer);
  const bars = [
    ...response.perChannel.map((channel) => ({
      label: channelNames[channel.channel],
      value: inUnit(channel.medianHours),
      colour: channelColours[channel.channel],
      text: barText(channel.medianHours, channel.answered),
    })),
    {
      label: 'All channels',
      value: inUnit(response.medianHours),
      colour: allChannelsColour,
      text: barText(response.medianHours, response.answered),
    },
  ];
  const waiting =
    response.unanswered === 0
      ? 'Every message received has been dealt with.'
      : `${response.unanswered} not dealt with yet.`;
  const received = response.answered + response.unanswered;
  return {
    layout: 'horizontal',
    title: 'Median time to first response',
    summary:
      received === 0
        ? 'Median time to first response: no messages were received in this period.'
        : `Median time to first response: ${describe(response.medianHours, response.answered)}; ${waiting} ${response.perChannel.map((channel) => `${channelNames[channel.channel]}: ${describe(channel.medianHours, channel.answered)}`).join('; ')}.`,
    bars: received === 0 ? [] : bars,
    valueLabel: `Median ${axis.unit} from arrival to the first reply, removal or “no action needed”`,
    categoryLabel: 'Channel',
    empty: 'No messages were received in this period.',
    ...(received === 0 ? {} : { note: waiting }),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The current month and the eleven before it, up to today (UK days, as the figures are counted). */
function lastTwelveMonths(): { from: string; to: string } {
  const today = ukToday(new Date());
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const first = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  return { from: first, to: today };
}
