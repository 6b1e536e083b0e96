// Says, on every view of the demo parish, that none of it is the council's, and the way back.
import { useState } from 'react';
import { useApi } from '../api/api-context';

interface Props {
  councilName: string;
  say: (message: string) => void;
}

export function DemoBanner({ councilName, say }: Props) {
  const api = useApi();
  const [leaving, setLeaving] = useState(false);
  const back = async () => {
    setLeaving(true);
    const closed = await api.call('demo:close', {});
    if (!closed.ok) {
      setLeaving(false);
      return say(closed.error.message);
    }
    window.location.reload();
  };
  const council = councilName.trim() || 'your council';
  return (
    <p className="banner demo" role="status">
      <strong>Demo parish:</strong> made-up messages, none of them {councilName.trim() ? `${council}’s` : 'yours'};
      nothing is sent and nothing is kept.
      <button type="button" className="primary" disabled={leaving} onClick={() => void back()}>
        {leaving ? 'Going back…' : `Back to ${council}`}
      </button>
    </p>
  );
}
