// Queue rows carry their request's clock ("FOI due in 3 working days", "Overdue") or the request they look like.
import type { QueueItem } from '../api/domain';
import { londonDate } from '../core/london-date';
import type { Store } from '../store/store';
import { rowMarks } from './request-views';
import { loadRequests } from './requests';
import { requestRulesOf } from './request-settings';

export function withRequestMarks<T extends QueueItem>(store: Store, items: T[], now: Date): T[] {
  if (items.length === 0) return items;
  const rules = requestRulesOf(store);
  const ids = items.map((item) => item.id);
  const linked = store.requests.requestsOfItems(ids).length > 0;
  const loaded = linked ? loadRequests(store, rules.calendars) : [];
  const marks = rowMarks(store, loaded, rules, ids, londonDate(now));
  return items.map((item) => ({ ...item, requestMark: marks.get(item.id) ?? null }));
}
