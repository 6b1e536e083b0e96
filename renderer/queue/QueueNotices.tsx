// The notices above the list: whose items are shown, and new items waiting to be shown.

export function PersonNotice({ person, onBack }: { person: { name: string } | null; onBack: () => void }) {
  if (!person) return null;
  return (
    <p className="notice">
      Every item from <strong>{person.name}</strong>, on every channel.
      <button type="button" onClick={onBack}>
        Back to the queue
      </button>
    </p>
  );
}

export function ArrivalsNotice({ waiting, onShow }: { waiting: boolean; onShow: () => void }) {
  if (!waiting) return null;
  return (
    <p className="notice">
      New items have arrived.
      <button type="button" onClick={onShow}>
        Show them
      </button>
    </p>
  );
}
