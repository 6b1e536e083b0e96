// In the detail pane: the request an item looks like, the buttons to log it, and the requests it is logged under.
import { useEffect, useState } from 'react';
import type { ItemDetail } from '../../electron/api/domain';
import { logButtonNames, requestTypes, type RequestKind } from '../../electron/api/requests';
import { ukDate } from '../../electron/api/uk-time';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../ErrorAlert';
import { useRequestsChanged } from './use-requests-summary';
import { AddToRequest } from './AddToRequest';

interface Props {
  detail: ItemDetail;
  /** Opens the reply composer with this canned reply (the one asking for a name and address). */
  onReplyWith: (templateId: number) => void;
  onLogged: (message: string) => void;
}

export function ItemRequestPanel({ detail, onReplyWith, onLogged }: Props) {
  const api = useApi();
  const changed = useRequestsChanged();
  const query = useApiQuery('requests:forItem', { itemId: detail.id });
  const { refetch } = query;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A reply or a step on the item's record brings new replies and steps with it.
  useEffect(() => {
    void refetch();
  }, [refetch, detail.actions.length]);

  const log = async (type: RequestKind) => {
    setBusy(true);
    const result = await api.call('requests:log', { itemId: detail.id, type });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    const logged = result.value;
    onLogged(
      logged.dueOn
        ? `Logged as ${logged.reference}, due ${ukDate(logged.dueOn)}.`
        : `Logged as ${logged.reference}: ${logged.statusText.toLowerCase()}.`,
    );
    changed();
  };

  const view = query.data;
  if (!view) return <ErrorAlert message={error ?? query.error?.message} />;
  const logged = new Set(view.requests.map((request) => request.type));
  const foiSuggested = view.suggestions.some((suggestion) => suggestion.type === 'foi');
  const foiLoggedWaiting = view.requests.some(
    (request) => request.type === 'foi' && request.status === 'clarification-asked',
  );
  const askFor = (foiSuggested || foiLoggedWaiting) && !view.foiValidity.valid;
  return (
    <section className="request-panel" aria-label="Requests">
      <ErrorAlert message={error} />
      {view.suggestions.map((suggestion) => (
        <div key={suggestion.type} className="request-suggestion">
          <p className={`suggestion-chip confidence-${suggestion.confidence}`}>{suggestion.looksLike}</p>
          <ul className="evidence">
            {suggestion.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {view.requests.map((request) => (
        <p key={request.id} className={request.overdue ? 'request-logged overdue' : 'request-logged'}>
          <strong>{request.reference}</strong> · {request.typeName} · {request.statusText}
          {request.dueOn ? ` · due ${ukDate(request.dueOn)}` : ''}
          {request.clockLabel && !request.closed ? ` · ${request.clockLabel}` : ''}
        </p>
      ))}
      {askFor ? (
        <p className="request-validity">
          Not yet a valid FOI request: it needs the requester&apos;s {view.foiValidity.missing.join(' and ')}. The clock
          starts when they arrive.{' '}
          {view.nameAndAddressTemplateId !== null ? (
            <button type="button" onClick={() => onReplyWith(view.nameAndAddressTemplateId ?? 0)}>
              Ask for a name and address
            </button>
          ) : null}
        </p>
      ) : null}
      {detail.fromCouncil ? null : <AddToRequest itemId={detail.id} linked={view.requests} say={onLogged} />}
      {detail.fromCouncil ? null : (
        <div className="item-actions request-buttons">
          {requestTypes.map((type) => (
            <button key={type} type="button" disabled={busy || logged.has(type)} onClick={() => void log(type)}>
              {logButtonNames[type]}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
