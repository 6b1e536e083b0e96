// Callbacks that keep one identity for the life of a component and always run its latest render's code,
// so a memoised child (the detail pane, the filters) is not drawn again just because its parent was.
import { useLayoutEffect, useRef, useState } from 'react';

type Handlers = Record<string, (...args: never[]) => unknown>;

export function useStableHandlers<T extends Handlers>(handlers: T): T {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const [stable] = useState(() => {
    const made: Handlers = {};
    for (const name of Object.keys(handlers)) made[name] = (...args: never[]) => latest.current[name]?.(...args);
    return made as T;
  });
  return stable;
}
