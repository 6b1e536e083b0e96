// records:* — search the whole record, export a range (CSV, PDF) and everything about one person (ZIP).
import type { DetailsIn } from '../api/recorded-actions';
import { recordExportMade } from '../moderation/exports';
import { write } from '../moderation/write';
import { channelNames, type Channel } from '../api/domain';
import type { HandlerMap } from '../api/dispatch';
import { ok } from '../api/envelope';
import type { RecordsFilter } from '../api/records';
import { ukLongDate } from '../api/uk-time';
import { readPolicySettings } from '../moderation/council-settings';
import { recordExportZip } from '../records/record-export';
import { recordActions, recordItems } from '../records/record-query';
import type { ExportHeader } from '../records/record-rows';
import type { HandlerContext } from './context';
import { subjectAccessContents, subjectAccessFile } from './subject-access-export';

type RecordsMethods = 'records:search' | 'records:export' | 'records:subjectAccess';

const viewLimit = 500;
/** An export holds the whole range; this only stops a runaway query from filling the memory. */
const exportLimit = 200_000;

export function recordsHandlers(context: HandlerContext): Pick<HandlerMap, RecordsMethods> {
  const { store, policy } = context;
  const councilName = () => readPolicySettings(store, context.defaults.councilName).councilName;

  const filterLines = (filter: RecordsFilter): string[] =>
    [
      filter.channel ? `Channel: ${channelNames[filter.channel as Channel]}` : null,
      filter.personId ? `Person: ${store.people.get(filter.personId)?.display_name ?? filter.personId}` : null,
      filter.operator ? `Operator: ${filter.operator}` : null,
      filter.reasonId
        ? `Removal reason: ${policy.reasons.find((reason) => reason.id === filter.reasonId)?.label ?? filter.reasonId}`
        : null,
      filter.text ? `Containing: ${filter.text}` : null,
    ].filter((line): line is string => line !== null);

  const header = (title: string, range: string, filters: string[]): ExportHeader => ({
    title,
    councilName: councilName(),
    madeAt: context.now().toISOString(),
    madeBy: context.operator(),
    range,
    filters,
  });

  /** Every export is itself part of the record: what, which range, how much — never the content. */
  const recordExport = (
    kind: string,
    details: Omit<DetailsIn<'export-made'>, 'export'>,
    personId: number | null = null,
  ) => write(context, (change) => recordExportMade(change, kind, details, personId));

  return {
    'records:search': (filter) => {
      const items = recordItems(store, filter, policy, viewLimit);
      const actions = recordActions(store, filter, policy, viewLimit);
      return ok({
        items: items.rows.map(({ id, receivedAt, channel, sender, subject, text, status, removalReason }) => ({
          id,
          receivedAt,
          channel,
          sender,
          subject,
          text,
          status,
          removalReason,
        })),
        actions: actions.rows.map(({ id, at, operator, kind, itemId, summary }) => ({
          id,
          at,
          operator,
          kind,
          itemId,
          summary,
        })),
        itemTotal: items.total,
        actionTotal: actions.total,
      });
    },
    'records:export': async ({ filter, includePdf }) => {
      const items = recordItems(store, filter, policy, exportLimit).rows;
      const actions = recordActions(store, filter, policy, exportLimit).rows;
      const range = `${ukLongDate(filter.from)} to ${ukLongDate(filter.to)}`;
      const made = header('Record of correspondence', range, filterLines(filter));
      const stem = `record-${filter.from}-to-${filter.to}`;
      const zip = await recordExportZip({ header: made, items, actions, stem, includePdf });
      recordExport(includePdf ? 'zip-with-pdf' : 'zip', {
        from: filter.from,
        to: filter.to,
        filters: made.filters,
        items: items.length,
        actions: actions.length,
      });
      return ok({ name: `${stem}.zip`, type: 'application/zip', base64: Buffer.from(zip).toString('base64') });
    },
    'records:subjectAccess': async ({ personId }) => {
      const contents = subjectAccessContents(context, personId);
      if (!contents.ok) return contents;
      const { input, fileName } = contents.value;
      const zip = await subjectAccessFile(contents.value);
      recordExport('subject-access', { items: input.items.length, actions: input.actions.length }, personId);
      return ok({
        name: fileName,
        type: 'application/zip',
        base64: Buffer.from(zip).toString('base64'),
        toCheck: input.toCheck,
      });
    },
  };
}
