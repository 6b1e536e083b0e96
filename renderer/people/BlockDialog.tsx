// Confirms a block, saying per channel what it will do; an unblock asks why.
import { useState } from 'react';
import { channelNames } from '../../electron/api/domain';
import type { PersonHistory } from '../../electron/api/people';
import { Modal } from '../dialogs/Modal';
import { ErrorAlert } from '../ErrorAlert';

interface BlockProps {
  person: PersonHistory;
  error: string | null;
  onBlock: () => void;
  onCancel: () => void;
}

export function BlockDialog({ person, error, onBlock, onCancel }: BlockProps) {
  const toBlock = person.senders.filter((sender) => !sender.block);
  return (
    <Modal labelledBy="block-title" onClose={onCancel}>
      <h2 id="block-title">Block {person.displayName}?</h2>
      <p>
        {person.strikes.count} strike{person.strikes.count === 1 ? '' : 's'} in the last {person.strikes.windowMonths}{' '}
        months (the council blocks repeat offenders at {person.strikes.threshold}). On each channel:
      </p>
      <ul className="block-plan" aria-label="What blocking will do">
        {toBlock.map((sender) => (
          <li key={sender.id}>{sender.blockDescription}</li>
        ))}
      </ul>
      <p className="muted">Nothing they sent is deleted. The block is recorded, and can be lifted with a reason.</p>
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" data-autofocus onClick={onBlock}>
          Block on {toBlock.map((sender) => channelNames[sender.channel]).join(', ')}
        </button>
      </div>
    </Modal>
  );
}

interface UnblockProps {
  person: PersonHistory;
  error: string | null;
  onUnblock: (reason: string) => void;
  onCancel: () => void;
}

export function UnblockDialog({ person, error, onUnblock, onCancel }: UnblockProps) {
  const [reason, setReason] = useState('');
  return (
    <Modal labelledBy="unblock-title" onClose={onCancel}>
      <h2 id="unblock-title">Unblock {person.displayName}</h2>
      <p>
        The block is lifted on every channel, and what they sent while blocked goes back to the queue as New. Say why,
        for the record.
      </p>
      <ErrorAlert message={error} />
      <label htmlFor="unblock-reason">Reason for unblocking</label>
      <textarea
        id="unblock-reason"
        className="short"
        data-autofocus
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={reason.trim().length < 3}
          onClick={() => onUnblock(reason.trim())}
        >
          Unblock
        </button>
      </div>
    </Modal>
  );
}
