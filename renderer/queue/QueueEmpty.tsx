// What to do when the queue shows nothing.
export function QueueEmpty({ filtered, total, onClear }: { filtered: boolean; total: number; onClear: () => void }) {
  if (filtered || total > 0) {
    return (
      <div className="empty-state">
        <p>No items match these filters.</p>
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>
        The queue is empty: nothing is waiting. Messages from the channels connected under Channels arrive here as they
        come in.
      </p>
    </div>
  );
}
