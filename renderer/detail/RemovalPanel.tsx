// One button per policy reason (keys 1-8), what removal does on this channel, the notice, and restore.
import { useState } from 'react';
import { channelActionWords } from '../../electron/api/channel-words';
import type { ItemDetail, PolicyReasonId } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';

interface Props {
  detail: ItemDetail;
  reasons: PolicyReason[];
  onRemove: (reasonId: PolicyReasonId, notice: boolean | undefined) => void;
  onRestore: () => void;
  onRetry: (outboxId: number) => void;
}

/** The first two lines of evidence, and what was learned from the clerk's decisions always (never cut off). */
function evidenceShown(lines: readonly string[]): string[] {
  const learned = lines.find((line) => line.startsWith('Learned from '));
  const shown = lines.filter((line) => line !== learned).slice(0, 2);
  return learned ? [...shown, learned] : shown;
}

export function RemovalPanel({ detail, reasons, onRemove, onRestore, onRetry }: Props) {
  // Untouched, the account's and the reason's defaults apply; touched, the clerk's choice does.
  const [noticeChoice, setNoticeChoice] = useState<{ itemId: number; value: boolean } | null>(null);
  const notice = noticeChoice?.itemId === detail.id ? noticeChoice.value : undefined;
  const options = detail.removalOptions;
  const suggested = new Set(detail.suggestions.map((suggestion) => suggestion.reasonId));
  const label = (id: string) => reasons.find((reason) => reason.id === id)?.label ?? id;

  return (
    <section className="removal-box" aria-label="Removal">
      {detail.suggestions.length > 0 ? (
        <p className="suggestion">
          Suggested: {detail.suggestions.map((suggestion) => label(suggestion.reasonId)).join(', ')}
          <span className="muted">
            {' '}
            — {evidenceShown(detail.suggestions.flatMap((suggestion) => suggestion.evidence)).join('; ')}
          </span>
        </p>
      ) : null}
      {detail.status === 'removed' && detail.removal ? (
        <>
          <p>
            Removed: <strong>{detail.removal.reasonLabel}</strong> by {detail.removal.operator}.{' '}
            {options.restorable || !options.channelCanRemove ? '' : 'The channel cannot restore it.'}
          </p>
          <button type="button" onClick={onRestore}>
            Restore
          </button>
        </>
      ) : (
        <>
          <p>{options.description}</p>
          {options.noticeAvailable ? (
            <label className="notice-choice">
              <input
                type="checkbox"
                checked={notice ?? options.noticeByDefault}
                onChange={(event) => setNoticeChoice({ itemId: detail.id, value: event.target.checked })}
              />{' '}
              Post the removal notice{' '}
              <span className="muted">
                (“A post breaching the Council&apos;s Social Media Policy has been removed”; not by default for
                Off-topic or Commercial)
              </span>
            </label>
          ) : null}
          <div className="reason-buttons">
            {reasons.map((reason) => (
              <button
                type="button"
                key={reason.id}
                title={reason.wording}
                data-suggested={suggested.has(reason.id) ? 'true' : undefined}
                onClick={() => onRemove(reason.id, notice)}
              >
                {/* The name says what the button does and still contains what it shows (WCAG 2.5.3). */}
                <span>
                  <span className="visually-hidden">Remove: </span>
                  {reason.label}
                </span>
                <kbd>{reason.key}</kbd>
              </button>
            ))}
          </div>
        </>
      )}
      {detail.outbox.length > 0 ? (
        <ul className="channel-actions" aria-label="Channel actions">
          {detail.outbox.map((entry) => (
            <li key={entry.id}>
              {channelActionWords(
                { ...entry, at: entry.state === 'delivered' ? entry.updatedAt : null },
                detail.channel,
                new Date(),
              )}
              {entry.state === 'failed' ? (
                <button type="button" className="link" onClick={() => onRetry(entry.id)}>
                  Retry
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
