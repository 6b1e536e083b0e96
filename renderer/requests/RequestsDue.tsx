// In "Since you were last here": requests overdue and those due within five working days.
import type { RequestRowView, RequestsSummary } from '../../electron/api/requests';
import { ukDate } from '../../electron/api/uk-time';

function Line({ request }: { request: RequestRowView }) {
  return (
    <li>
      <strong>{request.reference}</strong> · {request.typeName}
      {request.requester ? ` from ${request.requester.name}` : ''} · {request.clockLabel}
      {request.dueOn ? ` (due ${ukDate(request.dueOn)})` : ''}
    </li>
  );
}

export function RequestsDue({ summary }: { summary: RequestsSummary }) {
  return (
    <section aria-label="Requests due">
      <h3>Requests due</h3>
      {summary.overdue.length === 0 && summary.dueSoon.length === 0 ? (
        <p>None overdue or due within five working days.</p>
      ) : (
        <ul>
          {summary.overdue.map((request) => (
            <Line key={request.id} request={request} />
          ))}
          {summary.dueSoon.map((request) => (
            <Line key={request.id} request={request} />
          ))}
        </ul>
      )}
    </section>
  );
}
