// Requests for Reports: received per month by type, the share closed on time, the median working days to close.
import type { RequestsReport } from '../api/requests';
import { requestTypes } from '../api/requests';
import { requestTypeNames } from '../core/request-clock';
import { closedOnTime } from '../core/request-record';
import { medianToOneDecimal, monthsBetween } from '../records/report-figures';
import type { Store } from '../store/store';
import { workingDaysToClose } from './request-views';
import { loadRequests } from './requests';
import { requestRulesOf } from './request-settings';

/** Requests received in the range (by the day they arrived) and those closed in it (by the day they closed). */
export function requestsReport(store: Store, range: { from: string; to: string }): RequestsReport {
  const { calendars, complaintTargetWorkingDays } = requestRulesOf(store);
  const all = loadRequests(store, calendars);
  const months = monthsBetween(range.from, range.to);
  const received = all.filter(({ state }) => state.receivedOn >= range.from && state.receivedOn <= range.to);
  const perMonth = requestTypes.map((type) => ({
    type,
    typeName: requestTypeNames[type],
    counts: months.map(
      (month) => received.filter(({ state }) => state.type === type && state.receivedOn.startsWith(`${month}-`)).length,
    ),
  }));
  const closed = all.filter(
    ({ state }) => state.closedOn !== null && state.closedOn >= range.from && state.closedOn <= range.to,
  );
  const timed = closed
    .map(({ state }) => closedOnTime(state, calendars, complaintTargetWorkingDays))
    .filter((value) => value !== null);
  const onTime = timed.filter(Boolean).length;
  const days = closed
    .filter(({ state }) => state.status === 'answered' || state.status === 'refused')
    .map(({ state }) => workingDaysToClose(state, calendars))
    .filter((value) => value !== null);
  return {
    perMonth,
    closed: closed.length,
    closedOnTime: onTime,
    onTimeShare: timed.length === 0 ? null : onTime / timed.length,
    medianWorkingDays: medianToOneDecimal(days),
  };
}
