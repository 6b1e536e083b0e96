// The next step of a request: answered, refused (with its section), extended (with a reason), clock stopped or
// started again, given to someone, withdrawn. Each is recorded with its date.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { RequestDetailView, RequestStep } from '../../electron/api/requests';
import { ukDate, ukToday } from '../../electron/api/uk-time';
import { ErrorAlert } from '../ErrorAlert';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/queries';
import { DateField } from '../forms/DateField';

type StepKind = RequestStep['kind'];

interface Props {
  request: RequestDetailView;
  onChanged: (updated: RequestDetailView, message: string) => void;
}

function stepChoices(request: RequestDetailView): { kind: StepKind; name: string }[] {
  const stopped = request.stoppedFor !== null;
  return [
    ...(stopped
      ? [{ kind: 'clock-restarted' as const, name: `${request.stoppedFor}: it has arrived` }]
      : [{ kind: 'answered' as const, name: 'Mark as answered' }]),
    ...(request.type === 'complaint' ? [] : [{ kind: 'refused' as const, name: 'Refuse' }]),
    ...(stopped ? [] : [{ kind: 'extended' as const, name: 'Extend' }]),
    ...(stopped ? [] : [{ kind: 'clock-stopped' as const, name: 'Stop the clock' }]),
    { kind: 'assigned', name: 'Give to someone else' },
    { kind: 'withdrawn', name: 'Withdrawn by the requester' },
  ];
}

export function RequestStepForm({ request, onChanged }: Props) {
  const api = useApi();
  const id = useId();
  const choices = stepChoices(request);
  const [kind, setKind] = useState<StepKind>(choices[0]?.kind ?? 'answered');
  const [on, setOn] = useState(() => ukToday(new Date()));
  const [replyActionId, setReplyActionId] = useState<number | null>(request.replies.at(-1)?.actionId ?? null);
  const [sentTo, setSentTo] = useState('');
  const [ground, setGround] = useState(request.refusalChoices[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [workingDays, setWorkingDays] = useState('20');
  const [months, setMonths] = useState('2');
  const [stopReason, setStopReason] = useState<'clarification' | 'identity' | 'name-and-address'>('clarification');
  const operators = (useApiQuery('operators:list', {}).data?.operators ?? []).map((operator) => operator.name);
  const [chosenTo, setTo] = useState('');
  const to = chosenTo || (operators.find((name) => name !== request.assignedTo) ?? operators[0] ?? '');
  const [error, setError] = useState<string | null>(null);

  // A new request opened, or the last step changed what can come next.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the choices follow the request shown
    setKind(stepChoices(request)[0]?.kind ?? 'answered');
    setReplyActionId(request.replies.at(-1)?.actionId ?? null);
  }, [request]);

  const step = (): RequestStep | string => {
    switch (kind) {
      case 'answered':
        if (replyActionId !== null) return { kind, on, replyActionId };
        if (sentTo.trim().length < 3) return 'Choose the reply that answered it, or say where the answer was sent.';
        return { kind, on, sentTo: sentTo.trim() };
      case 'refused':
        return ground ? { kind, on, grounds: [ground] } : 'Choose the section the refusal rests on.';
      case 'extended': {
        if (reason.trim().length < 3) return 'Say why the request needs longer.';
        if (request.type === 'sar') return { kind, on, reason: reason.trim(), months: Number(months) };
        const days = Number(workingDays);
        if (!Number.isInteger(days) || days < 1) return 'Give the extra working days as a whole number.';
        return { kind, on, reason: reason.trim(), workingDays: days };
      }
      case 'clock-stopped':
        return { kind, on, reason: stopReason };
      case 'clock-restarted':
        return { kind, on };
      case 'assigned':
        return to ? { kind, on, to } : 'Choose who has it now.';
      case 'withdrawn':
        return reason.trim() ? { kind, on, reason: reason.trim() } : { kind, on };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made = step();
    if (typeof made === 'string') return setError(made);
    const result = await api.call('requests:step', { requestId: request.id, step: made });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setReason('');
    setSentTo('');
    const chosen = choices.find((choice) => choice.kind === kind)?.name ?? 'Step';
    onChanged(result.value, `${request.reference}: ${chosen.toLowerCase()} recorded.`);
  };

  return (
    <form
      className="request-step"
      aria-label={`Next step for ${request.reference}`}
      onSubmit={(event) => void submit(event)}
    >
      <div className="request-step-fields">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Next step</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as StepKind)}>
            {choices.map((choice) => (
              <option key={choice.kind} value={choice.kind}>
                {choice.name}
              </option>
            ))}
          </select>
        </div>
        <DateField label="Date" value={on} onChange={setOn} required max={ukToday(new Date())} />
        {kind === 'answered' ? (
          <fieldset>
            <legend>The response</legend>
            {request.replies.map((reply) => (
              <label key={reply.actionId}>
                <input
                  type="radio"
                  name={`${id}-reply`}
                  checked={replyActionId === reply.actionId}
                  onChange={() => setReplyActionId(reply.actionId)}
                />{' '}
                The reply of {ukDate(reply.at)}: {reply.excerpt}
              </label>
            ))}
            <label>
              <input
                type="radio"
                name={`${id}-reply`}
                checked={replyActionId === null}
                onChange={() => setReplyActionId(null)}
              />{' '}
              Sent outside the console
            </label>
            {replyActionId === null ? (
              <label>
                Sent to (email or postal address){' '}
                <input value={sentTo} onChange={(event) => setSentTo(event.target.value)} />
              </label>
            ) : null}
          </fieldset>
        ) : null}
        {kind === 'refused' ? (
          <div className="field">
            <label htmlFor={`${id}-ground`}>
              {request.type === 'foi' ? 'Section of the Act' : 'Ground for refusing'}
            </label>
            <select id={`${id}-ground`} value={ground} onChange={(event) => setGround(event.target.value)}>
              {request.refusalChoices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {kind === 'extended' || kind === 'withdrawn' ? (
          <div className="field">
            <label htmlFor={`${id}-reason`}>{kind === 'extended' ? 'Why it needs longer' : 'Reason (optional)'}</label>
            <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
        ) : null}
        {kind === 'extended' && request.type === 'sar' ? (
          <div className="field">
            <label htmlFor={`${id}-months`}>Further months</label>
            <select id={`${id}-months`} value={months} onChange={(event) => setMonths(event.target.value)}>
              <option value="1">1</option>
              <option value="2">2</option>
            </select>
          </div>
        ) : null}
        {kind === 'extended' && request.type !== 'sar' ? (
          <div className="field">
            <label htmlFor={`${id}-days`}>Further working days</label>
            <input
              id={`${id}-days`}
              inputMode="numeric"
              value={workingDays}
              onChange={(event) => setWorkingDays(event.target.value)}
            />
          </div>
        ) : null}
        {kind === 'clock-stopped' ? (
          <div className="field">
            <label htmlFor={`${id}-stop`}>Waiting for</label>
            <select
              id={`${id}-stop`}
              value={stopReason}
              onChange={(event) => setStopReason(event.target.value as typeof stopReason)}
            >
              <option value="clarification">A clarification</option>
              {request.type === 'sar' ? <option value="identity">Proof of identity</option> : null}
              {request.type === 'foi' ? <option value="name-and-address">A real name and address</option> : null}
            </select>
          </div>
        ) : null}
        {kind === 'assigned' ? (
          <div className="field">
            <label htmlFor={`${id}-to`}>Give to</label>
            <select id={`${id}-to`} value={to} onChange={(event) => setTo(event.target.value)}>
              {operators.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <ErrorAlert message={error} />
      <button type="submit">Record this step</button>
    </form>
  );
}
