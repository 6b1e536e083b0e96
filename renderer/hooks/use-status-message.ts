import { useCallback, useRef, useState } from 'react';

/** One short message for the live region ("Removed: …", "Restored"), cleared after a while. */
export function useStatusMessage(clearAfterMs = 8_000) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const say = useCallback(
    (text: string) => {
      setMessage(text);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setMessage(''), clearAfterMs);
    },
    [clearAfterMs],
  );
  return { message, say };
}
