import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so "5 min ago" stays true while the queue is open. */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
