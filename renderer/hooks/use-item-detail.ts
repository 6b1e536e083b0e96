// The selected item in full, refreshed when it changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { ItemDetail } from '../../electron/api/domain';

export function useItemDetail(api: ApiClient, id: number | null) {
  const [detail, setDetail] = useState<ItemDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);
  // A refresh asked for by an older render still loads the item selected now, never the one it saw.
  const current = useRef(id);
  useEffect(() => {
    current.current = id;
  });

  const refresh = useCallback(async () => {
    const mine = ++request.current;
    const wanted = current.current;
    if (wanted === null) {
      setDetail(null);
      setError(null);
      return;
    }
    const result = await api.call('item:get', { id: wanted });
    if (mine !== request.current) return;
    if (result.ok) {
      setDetail(result.value);
      setError(null);
    } else {
      setDetail(null);
      setError(result.error.message);
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh, id]);

  return {
    /** The selected item, once loaded: what actions and keys use. */
    detail: detail && detail.id === id ? detail : null,
    /**
     * What the pane draws: the item loaded last, which may still be the one selected before (the pane
     * greys it and takes no clicks until the new one arrives, rather than emptying and filling again).
     */
    shown: id === null ? null : detail,
    error,
    refresh,
  };
}
