// requests:* — the register of FOI requests, subject access requests and complaints.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok, type Envelope } from '../api/envelope';
import type { RequestDetailView, RequestRowView } from '../api/requests';
import { looksLikeNames } from '../api/requests';
import { londonDate } from '../core/london-date';
import { recogniseRequests } from '../core/request-recognition';
import { readPolicySettings } from '../moderation/council-settings';
import { requestsReport } from '../moderation/request-report';
import { registerRows, requestsSummary, toDetailView } from '../moderation/request-views';
import { readComplaintTarget, requestRulesOf, saveComplaintTarget } from '../moderation/request-settings';
import { write } from '../moderation/write';
import { linkItem, loadRequest, logRequest, saveClosureDays, takeStep, validityOf } from '../moderation/requests';
import type { HandlerContext } from './context';

type RequestMethods =
  | 'requests:forItem'
  | 'requests:log'
  | 'requests:step'
  | 'requests:link'
  | 'requests:list'
  | 'requests:get'
  | 'requests:summary'
  | 'requests:closureDays'
  | 'requests:saveClosureDays'
  | 'requests:report'
  | 'requests:settings'
  | 'requests:saveSettings';

export const nameAndAddressTemplateKey = 'name-and-address';

export function requestHandlers(context: HandlerContext): Pick<HandlerMap, RequestMethods> {
  const { store } = context;
  const councilName = () => readPolicySettings(store, context.defaults.councilName).councilName;
  const who = () => ({ operator: context.operator(), now: context.now() });
  const today = () => londonDate(context.now());

  const rows = (): RequestRowView[] => registerRows(store, today());
  const detail = (id: number): Envelope<RequestDetailView> => {
    const rules = requestRulesOf(store);
    const loaded = loadRequest(store, id, rules.calendars);
    if (!loaded.ok) return loaded;
    return ok(toDetailView(store, loaded.value, rules, today()));
  };

  return {
    'requests:forItem': ({ itemId }) => {
      const item = store.items.get(itemId);
      if (!item) return fail('not_found', 'That item is not in the record.');
      const suggestions = recogniseRequests({
        text: item.text,
        subject: item.subject,
        channel: item.channel,
        kind: item.kind,
        fromCouncil: item.from_council === 1,
      }).map((found) => ({ ...found, looksLike: looksLikeNames[found.type] }));
      const linked = new Set(store.requests.requestsOfItems([itemId]).map((link) => link.request_id));
      const validity = validityOf(store, item, councilName());
      const template = store.templates.getByKey(nameAndAddressTemplateKey);
      return ok({
        suggestions,
        requests: rows().filter((row) => linked.has(row.id)),
        foiValidity: { valid: validity.valid, missing: validity.missing, evidence: validity.evidence },
        nameAndAddressTemplateId: template && !template.retiredAt ? template.id : null,
      });
    },
    'requests:log': (input) => {
      const logged = logRequest(store, input, { ...who(), councilName: councilName() });
      return logged.ok ? detail(logged.value.requestId) : logged;
    },
    'requests:step': ({ requestId, step }) => {
      const taken = takeStep(store, requestId, step, who());
      return taken.ok ? detail(requestId) : taken;
    },
    'requests:link': (input) => {
      const linked = linkItem(store, input, who());
      return linked.ok ? detail(input.requestId) : linked;
    },
    'requests:list': ({ show }) =>
      ok(rows().filter((row) => show === 'all' || (show === 'open' ? !row.closed : row.closed))),
    'requests:get': ({ id }) => detail(id),
    'requests:summary': () => ok(requestsSummary(store, today())),
    'requests:closureDays': () => ok(store.requests.closureDays()),
    'requests:saveClosureDays': ({ days }) => {
      saveClosureDays(store, days, who());
      return ok(store.requests.closureDays());
    },
    'requests:report': (range) => ok(requestsReport(store, range)),
    'requests:settings': () => ok({ complaintTargetWorkingDays: readComplaintTarget(store) }),
    'requests:saveSettings': ({ complaintTargetWorkingDays }) => {
      write(context, (change) => saveComplaintTarget(change, complaintTargetWorkingDays));
      return ok({ complaintTargetWorkingDays: readComplaintTarget(store) });
    },
  };
}
