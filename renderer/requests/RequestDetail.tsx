// One request: its clock, steps, items and replies, and the forms for the next step.
import { itemKindName } from '../../electron/api/channel-words';
import type { RequestDetailView, SubjectAccessPlan } from '../../electron/api/requests';
import { ukDate } from '../../electron/api/uk-time';
import { exactTime } from '../format/relative-time';
import { RequestStepForm } from './RequestStepForm';
import { SubjectAccessDialog } from './SubjectAccessDialog';
import { useState } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import { useApi } from '../api/api-context';

interface Props {
  request: RequestDetailView;
  onChanged: (updated: RequestDetailView, message: string) => void;
}

const roleNames: Record<string, string> = {
  request: 'The request',
  clarification: 'Clarification',
  'name-and-address': 'Name and address',
  identity: 'Proof of identity',
  other: 'Linked',
};

export function RequestDetail({ request, onChanged }: Props) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [loadingPlan, setLoadingPlan] = useState(false);
  const [plan, setPlan] = useState<SubjectAccessPlan | null>(null);

  // The plan is loaded when asked for, so the confirmation names the address and items as they are now.
  const sendSubjectAccess = async () => {
    setLoadingPlan(true);
    const planned = await api.call('requests:subjectAccessPlan', { requestId: request.id });
    setLoadingPlan(false);
    if (!planned.ok) return setError(planned.error.message);
    setError(null);
    setPlan(planned.value);
  };

  return (
    <section className="request-detail" aria-labelledby="request-detail-heading">
      <h3 id="request-detail-heading">
        {request.reference} · {request.typeName}
      </h3>
      <dl className="detail-meta">
        <dt>Requester</dt>
        <dd>{request.requester?.name ?? 'Not known'}</dd>
        <dt>Received</dt>
        <dd>{ukDate(request.receivedOn)}</dd>
        <dt>Due</dt>
        <dd>
          {request.dueOn
            ? ukDate(request.dueOn)
            : request.stoppedFor
              ? `Clock stopped (${request.stoppedFor})`
              : request.type === 'complaint'
                ? 'No target set for formal complaints (see Formal complaints)'
                : '—'}
          {request.clockLabel && !request.closed ? ` · ${request.clockLabel}` : ''}
          {/* A complaint's clock already counts office days only. */}
          {request.officeDaysLeft !== null && request.type !== 'complaint'
            ? ` · ${request.officeDaysLeft} office days open before then`
            : ''}
        </dd>
        <dt>Status</dt>
        <dd>{request.statusText}</dd>
        <dt>Who has it</dt>
        <dd>{request.assignedTo ?? '—'}</dd>
      </dl>
      {request.daysOff.length > 0 ? (
        <p className="muted">
          Days off before it is due (bank holidays do not count; closure days still do): {request.daysOff.join('; ')}.
        </p>
      ) : null}
      <ErrorAlert message={error} />
      {!request.closed && request.type === 'sar' && request.requester ? (
        <p>
          <button type="button" disabled={loadingPlan} onClick={() => void sendSubjectAccess()}>
            Send the subject access export
          </button>{' '}
          <span className="muted">
            Emails everything held about the requester to their address, after you have checked it, and records it as
            the response.
          </span>
        </p>
      ) : null}
      {plan ? (
        <SubjectAccessDialog
          request={request}
          plan={plan}
          onClose={() => setPlan(null)}
          onDone={(updated, message) => {
            setPlan(null);
            onChanged(updated, message);
          }}
        />
      ) : null}
      {request.closed ? null : <RequestStepForm request={request} onChanged={onChanged} />}
      <h4>Steps</h4>
      <ol className="request-steps">
        {request.steps.map((step) => (
          <li key={step.id}>
            {ukDate(step.on)} · {step.operator} · {step.summary}
            {step.delivery ? ` · ${step.delivery}` : ''}
          </li>
        ))}
      </ol>
      <h4>Items</h4>
      <ul className="request-items">
        {request.items.map((item) => (
          <li key={item.itemId}>
            {roleNames[item.role] ?? 'Linked'}: {itemKindName(item.channel, item.kind)} from {item.author},{' '}
            <time dateTime={item.receivedAt}>{exactTime(item.receivedAt)}</time> — {item.excerpt}
          </li>
        ))}
      </ul>
      <h4>Replies</h4>
      {request.replies.length === 0 ? (
        <p className="muted">No replies yet: reply from the queue, then mark the reply as the response here.</p>
      ) : (
        <ul className="request-replies">
          {request.replies.map((reply) => (
            <li key={reply.actionId}>
              <time dateTime={reply.at}>{exactTime(reply.at)}</time> · {reply.operator} · {reply.excerpt}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
