// The record of correspondence: search every item and action by date, channel, person, operator, reason;
// export a range as one ZIP of CSV, README and PDF (for a Freedom of Information request).
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { channelNames, channels, type Channel, type PolicyReasonId } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';
import type { RecordsFilter, RecordsPage as Page } from '../../electron/api/records';
import { download } from '../format/download';
import { exactTime } from '../format/relative-time';
import { ErrorAlert } from '../ErrorAlert';
import { addDays, ukToday } from '../../electron/api/uk-time';
import { DateField } from '../forms/DateField';
import { channelName, itemStatusName } from '../../electron/api/channel-words';

export function RecordsPage({ reasons, say }: { reasons: PolicyReason[]; say: (message: string) => void }) {
  const api = useApi();
  const [filter, setFilter] = useState<RecordsFilter>(() => ({
    from: addDays(ukToday(new Date()), -30),
    to: ukToday(new Date()),
  }));
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const clean = (): RecordsFilter =>
    Object.fromEntries(
      Object.entries(filter).filter(([, value]) => value !== '' && value !== undefined),
    ) as RecordsFilter;
  const search = async (event?: FormEvent) => {
    event?.preventDefault();
    const result = await api.call('records:search', clean());
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setPage(result.value);
  };
  const [includePdf, setIncludePdf] = useState(true);
  const exportZip = async () => {
    setBusy(true);
    const result = await api.call('records:export', { filter: clean(), includePdf });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    download(result.value);
    say(`Exported ${result.value.name}; the export is recorded.`);
  };

  return (
    <div className="page">
      <section>
        <h2>Record of correspondence</h2>
        <form aria-label="Search the record" onSubmit={(event) => void search(event)}>
          <div className="form-grid">
            <DateField label="From" value={filter.from} onChange={(from) => setFilter({ ...filter, from })} required />
            <DateField
              label="To"
              value={filter.to}
              min={filter.from || undefined}
              onChange={(to) => setFilter({ ...filter, to })}
              required
            />
            <label>
              <span>Channel</span>
              <select
                value={filter.channel ?? ''}
                onChange={(event) =>
                  setFilter({ ...filter, channel: (event.target.value || undefined) as Channel | undefined })
                }
              >
                <option value="">All channels</option>
                {channels.map((channel) => (
                  <option key={channel} value={channel}>
                    {channelNames[channel]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Operator</span>
              <input
                value={filter.operator ?? ''}
                onChange={(event) => setFilter({ ...filter, operator: event.target.value || undefined })}
              />
            </label>
            <label>
              <span>Removal reason</span>
              <select
                value={filter.reasonId ?? ''}
                onChange={(event) =>
                  setFilter({ ...filter, reasonId: (event.target.value || undefined) as PolicyReasonId | undefined })
                }
              >
                <option value="">Any</option>
                {reasons.map((reason) => (
                  <option key={reason.id} value={reason.id}>
                    {reason.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Containing</span>
              <input
                type="search"
                value={filter.text ?? ''}
                onChange={(event) => setFilter({ ...filter, text: event.target.value || undefined })}
              />
            </label>
          </div>
          <p>
            <button type="submit" className="primary">
              Search
            </button>{' '}
            <button type="button" disabled={busy} onClick={() => void exportZip()}>
              Export for FOI (ZIP)
            </button>{' '}
            <label className="checkbox-field">
              <input type="checkbox" checked={includePdf} onChange={(event) => setIncludePdf(event.target.checked)} />{' '}
              Include a PDF report
            </label>
          </p>
          <p className="muted">
            The export holds the items received in these dates and the actions taken in them (UK days), as spreadsheet
            files with a README saying what they hold.
          </p>
        </form>
        <ErrorAlert message={error} />
      </section>
      {page ? (
        <>
          <section aria-label="Items in the record">
            <h2>
              Items: {page.itemTotal}
              {page.itemTotal > page.items.length ? ` (first ${page.items.length} shown; exports hold them all)` : ''}
            </h2>
            <table className="plain">
              <thead>
                <tr>
                  <th>Received</th>
                  <th>Channel</th>
                  <th>From</th>
                  <th>Message</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((item) => (
                  <tr key={item.id}>
                    <td>{exactTime(item.receivedAt)}</td>
                    <td>{channelName(item.channel)}</td>
                    <td>{item.sender}</td>
                    <td>{(item.subject ? `${item.subject} — ` : '') + item.text.slice(0, 160)}</td>
                    <td>
                      {itemStatusName(item.status)}
                      {item.removalReason ? ` (${item.removalReason})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-label="Actions in the record">
            <h2>
              Actions: {page.actionTotal}
              {page.actionTotal > page.actions.length ? ` (first ${page.actions.length} shown)` : ''}
            </h2>
            <table className="plain">
              <thead>
                <tr>
                  <th>When</th>
                  <th>Operator</th>
                  <th>What</th>
                </tr>
              </thead>
              <tbody>
                {page.actions.map((action) => (
                  <tr key={action.id}>
                    <td>{exactTime(action.at)}</td>
                    <td>{action.operator}</td>
                    <td>{action.summary}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </div>
  );
}
