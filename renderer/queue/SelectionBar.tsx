// Several items selected: remove them all with one reason, in one action.
import { useState } from 'react';
import type { PolicyReasonId } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';

interface Props {
  count: number;
  reasons: PolicyReason[];
  onRemove: (reasonId: PolicyReasonId) => void;
  onClear: () => void;
}

export function SelectionBar({ count, reasons, onRemove, onClear }: Props) {
  const [reasonId, setReasonId] = useState<PolicyReasonId | ''>('');
  return (
    <section className="selection-bar" aria-label="Selected items">
      <strong>{count} selected</strong>
      <select
        aria-label="Reason for selected"
        value={reasonId}
        onChange={(event) => setReasonId(event.target.value as PolicyReasonId | '')}
      >
        <option value="">Choose a reason…</option>
        {reasons.map((reason) => (
          <option key={reason.id} value={reason.id}>
            {reason.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="primary"
        disabled={reasonId === ''}
        onClick={() => reasonId && onRemove(reasonId)}
      >
        Remove selected
      </button>
      <button type="button" className="secondary" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
