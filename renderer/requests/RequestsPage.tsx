// The Requests register: every FOI request, subject access request and complaint, with its due date and status.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RequestDetailView } from '../../electron/api/requests';
import { ukDate } from '../../electron/api/uk-time';
import { apiKey, useApiQuery } from '../api/queries';
import { ErrorAlert } from '../ErrorAlert';
import { ClosureDaysForm } from './ClosureDaysForm';
import { ComplaintTargetForm } from './ComplaintTargetForm';
import { RequestDetail } from './RequestDetail';
import { useRequestsChanged } from './use-requests-summary';

type Show = 'open' | 'closed' | 'all';
const showNames: Record<Show, string> = { open: 'Open', closed: 'Closed', all: 'All' };

export function RequestsPage({ say }: { say: (message: string) => void }) {
  const [show, setShow] = useState<Show>('open');
  const [openId, setOpenId] = useState<number | null>(null);
  const list = useApiQuery('requests:list', { show });
  const detail = useApiQuery('requests:get', { id: openId ?? 1 }, { enabled: openId !== null });
  const client = useQueryClient();
  const requestsChanged = useRequestsChanged();
  const rows = list.data ?? null;
  const open = openId !== null ? (detail.data ?? null) : null;
  const error = list.error?.message ?? detail.error?.message ?? null;

  const changed = (updated: RequestDetailView, message: string) => {
    client.setQueryData(apiKey('requests:get', { id: updated.id }), updated);
    say(message);
    requestsChanged();
  };

  return (
    <div className="page requests-page">
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">Requests</h2>
        <p className="muted">
          Freedom of Information requests (20 working days), subject access requests (one calendar month) and formal
          complaints (the council&apos;s own target, set below), logged from any item in the queue.
        </p>
        <fieldset className="segmented">
          <legend>Show</legend>
          {(Object.keys(showNames) as Show[]).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="requests-show"
                value={value}
                checked={show === value}
                onChange={() => setShow(value)}
              />{' '}
              {showNames[value]}
            </label>
          ))}
        </fieldset>
        <ErrorAlert message={error} />
        {rows && rows.length === 0 ? (
          <p className="empty">
            {show === 'open' ? 'No open requests.' : show === 'closed' ? 'No closed requests.' : 'No requests yet.'}
          </p>
        ) : null}
        {rows && rows.length > 0 ? (
          <table className="plain requests-table">
            <caption className="visually-hidden">{showNames[show]} requests</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Type</th>
                <th scope="col">Requester</th>
                <th scope="col">Received</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Who has it</th>
                <th scope="col">Items and replies</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} aria-selected={open?.id === row.id} className={row.overdue ? 'overdue' : undefined}>
                  <th scope="row">
                    <button type="button" className="link-like" onClick={() => setOpenId(row.id)}>
                      {row.reference}
                    </button>
                  </th>
                  <td>{row.typeName}</td>
                  <td>{row.requester?.name ?? '—'}</td>
                  <td>{ukDate(row.receivedOn)}</td>
                  <td>
                    {row.dueOn ? ukDate(row.dueOn) : '—'}
                    {row.clockLabel && !row.closed ? (
                      <span className={row.overdue ? 'request-chip overdue' : 'request-chip logged'}>
                        {row.clockLabel}
                      </span>
                    ) : null}
                  </td>
                  <td>{row.statusText}</td>
                  <td>{row.assignedTo ?? '—'}</td>
                  <td>
                    {row.itemCount} item{row.itemCount === 1 ? '' : 's'}, {row.replyCount} repl
                    {row.replyCount === 1 ? 'y' : 'ies'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {open ? <RequestDetail request={open} onChanged={changed} /> : null}
      <div className="requests-rules">
        <ComplaintTargetForm say={say} onSaved={requestsChanged} />
        <ClosureDaysForm say={say} onSaved={requestsChanged} />
      </div>
    </div>
  );
}
