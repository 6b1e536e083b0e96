// The selected item in full, refreshed when it changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { ItemDetail } from '../../electron/api/domain';

export function useItemDetail(api: ApiClient, id: number | null) {
  const [detail, setDetail] = useState<ItemDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++request.current;
    if (id === null) {
      setDetail(null);
      setError(null);
      return;
    }
    const result = await api.call('item:get', { id });
    if (mine !== request.current) return;
    if (result.ok) {
      setDetail(result.value);
      setError(null);
    } else {
      setDetail(null);
      setError(result.error.message);
    }
  }, [api, id]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the inputs change is this effect's job
    void refresh();
  }, [refresh]);

  return { detail: detail && detail.id === id ? detail : null, error, refresh, setDetail };
}
