// Under a row's sender: their strikes and a block, which every row of theirs shows alike; else their handle.
import type { QueueItem } from '../../electron/api/domain';

export function SenderBadges({ item }: { item: QueueItem }) {
  if (item.strikes === 0 && !item.senderBlocked)
    return item.author.handle ? <span className="handle">{item.author.handle}</span> : null;
  return (
    <span className="sender-badges">
      {item.strikes > 0 ? (
        <span className="strike-badge" title="Removals still standing in the repeat-offender window">
          {item.strikes} strike{item.strikes === 1 ? '' : 's'}
        </span>
      ) : null}
      {item.senderBlocked ? (
        <span className="blocked-badge" title="What they send now is filed under Blocked">
          Blocked
        </span>
      ) : null}
    </span>
  );
}
