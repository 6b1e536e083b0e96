// reports:figures, reports:pdf — the figures for a council meeting, on screen and as a PDF.
import type { HandlerMap } from '../api/dispatch';
import { ok } from '../api/envelope';
import { reportFileName, type ReportInput } from '../api/reports';
import { readPolicySettings } from '../moderation/council-settings';
import { requestsReport } from '../moderation/request-report';
import { reportFigures } from '../records/report-figures';
import { reportPdf } from '../records/report-pdf';
import type { HandlerContext } from './context';

export function reportsHandlers(context: HandlerContext): Pick<HandlerMap, 'reports:figures' | 'reports:pdf'> {
  const { store, policy } = context;
  const figures = (range: ReportInput) => ({
    ...reportFigures(store.reports, {
      ...range,
      councilName: readPolicySettings(store, context.defaults.councilName).councilName,
      labels: Object.fromEntries(policy.reasons.map((reason) => [reason.id, reason.label])),
    }),
    requests: requestsReport(store, range),
  });
  return {
    'reports:figures': (range) => ok(figures(range)),
    'reports:pdf': async (range) => {
      const pdf = await reportPdf(figures(range), { madeAt: context.now() });
      return ok({ fileName: reportFileName('report', range, 'pdf'), base64: pdf.toString('base64') });
    },
  };
}
