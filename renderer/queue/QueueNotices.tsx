// The notices above the queue: whose items it shows (key p), and new items waiting to be shown.

export function PersonNotice({ name, onBack }: { name: string; onBack: () => void }) {
  return (
    <p className="notice">
      Every item from <strong>{name}</strong>, on every channel.
      <button type="button" onClick={onBack}>
        Back to the queue
      </button>
    </p>
  );
}

export function ArrivalsNotice({ onShow }: { onShow: () => void }) {
  return (
    <p className="notice">
      New items have arrived.
      <button type="button" onClick={onShow}>
        Show them
      </button>
    </p>
  );
}
