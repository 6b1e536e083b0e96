// "Try the demo parish": opens it in front of the council's record (app/demo-parish.ts), then every view reloads.
import { useState } from 'react';
import { useApi } from '../api/api-context';

export function TryDemoButton({ say }: { say: (message: string) => void }) {
  const api = useApi();
  const [opening, setOpening] = useState(false);
  const open = async () => {
    setOpening(true);
    const opened = await api.call('demo:open', {});
    if (!opened.ok) {
      setOpening(false);
      return say(opened.error.message);
    }
    window.location.reload();
  };
  return (
    <button type="button" disabled={opening} onClick={() => void open()}>
      {opening ? 'Opening the demo parish…' : 'Try the demo parish'}
    </button>
  );
}
