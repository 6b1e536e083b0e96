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
        The queue is empty: nothing is waiting. Connect a channel, or start with <code>npm run preview -- --demo</code> to try the sample parish.
      </p>
    </div>
  );
}
