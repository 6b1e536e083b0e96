// The console's own API, called as the page calls it (token, POST /api/<method>), so a test can check the record.
import type { RunningConsole } from './console-process';

export async function callApi<T>(running: RunningConsole, method: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${running.origin}api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${running.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value;
}

interface ListedItem {
  id: number;
  status: string;
}

/** Every item's status, by id: what a test compares to prove that nothing changed (or exactly what did). */
export async function itemStatuses(running: RunningConsole): Promise<Record<number, string>> {
  const statuses: Record<number, string> = {};
  let cursor: string | undefined;
  do {
    const page = await callApi<{ items: ListedItem[]; nextCursor: string | null }>(running, 'queue:list', {
      status: 'all',
      limit: 500,
      cursor,
    });
    for (const item of page.items) statuses[item.id] = item.status;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return statuses;
}

/** How many entries the record holds (every action appends one), and the latest of them. */
export async function recordSize(running: RunningConsole): Promise<{ entries: number; latest: string[] }> {
  const page = await callApi<{ actionTotal: number; actions: { kind: string; summary: string }[] }>(
    running,
    'records:search',
    { from: '2000-01-01', to: '2100-12-31' },
  );
  return {
    entries: page.actionTotal,
    latest: page.actions.slice(-3).map((action) => `${action.kind}: ${action.summary}`),
  };
}
