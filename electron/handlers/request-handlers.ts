// requests:* — the register of FOI requests, subject access requests and complaints.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok, type Envelope } from '../api/envelope';
import type { RequestDetailView, RequestRowView, SubjectAccessPlan } from '../api/requests';
import { describeToCheck } from '../core/others-data';
import { currentOperator } from '../moderation/operators';
import {
  sendSubjectAccessExport,
  subjectAccessLetter,
  subjectAccessRoute,
  type SubjectAccessRoute,
} from '../moderation/subject-access-sending';
import { looksLikeNames } from '../api/requests';
import { londonDate } from '../core/london-date';
import { isClosed } from '../core/request-record';
import { recogniseRequests } from '../core/request-recognition';
import { readPolicySettings } from '../moderation/council-settings';
import { requestsReport } from '../moderation/request-report';
import { registerRows, requestsSummary, toDetailView } from '../moderation/request-views';
import { readComplaintTarget, requestRulesOf, saveComplaintTarget } from '../moderation/request-settings';
import { write } from '../moderation/write';
import { linkItem, loadRequest, logRequest, saveClosureDays, takeStep, validityOf } from '../moderation/requests';
import type { HandlerContext } from './context';
import { subjectAccessContents, subjectAccessFile, type SubjectAccessContents } from './subject-access-export';

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
  | 'requests:saveSettings'
  | 'requests:subjectAccessPlan'
  | 'requests:sendSubjectAccess';

export const nameAndAddressTemplateKey = 'name-and-address';

export function requestHandlers(context: HandlerContext): Pick<HandlerMap, RequestMethods> {
  const { store } = context;
  const councilName = () => readPolicySettings(store, context.defaults.councilName).councilName;
  const today = () => londonDate(context.now());

  const rows = (): RequestRowView[] => registerRows(store, today());
  const detail = (id: number): Envelope<RequestDetailView> => {
    const rules = requestRulesOf(store);
    const loaded = loadRequest(store, id, rules.calendars);
    if (!loaded.ok) return loaded;
    return ok(toDetailView(store, loaded.value, rules, today()));
  };

  /** The export, where it would go and the email, for a subject access request still open. */
  const subjectAccessPlan = (
    requestId: number,
  ): Envelope<{ plan: SubjectAccessPlan; contents: SubjectAccessContents; route: SubjectAccessRoute | null }> => {
    const loaded = loadRequest(store, requestId);
    if (!loaded.ok) return loaded;
    const { row, state } = loaded.value;
    if (row.type !== 'sar' || row.person_id === null)
      return fail('conflict', 'The subject access export answers a subject access request with a requester.');
    if (isClosed(state)) return fail('conflict', `${row.reference} has already been closed.`);
    const contents = subjectAccessContents(context, row.person_id);
    if (!contents.ok) return contents;
    const { fileName, personName, input, flagged } = contents.value;
    const routed = subjectAccessRoute(store, loaded.value);
    const route = routed.ok ? routed.route : null;
    const operator = currentOperator(store);
    const letter = route
      ? subjectAccessLetter({
          requesterName: route.toName,
          reference: row.reference,
          receivedOn: state.receivedOn,
          fileName,
          councilName: councilName(),
          signOff: operator.signature.trim() || context.operator(),
        })
      : null;
    return ok({
      contents: contents.value,
      route,
      plan: {
        requestId,
        reference: row.reference,
        requesterName: personName,
        fileName,
        itemCount: input.items.length,
        actionCount: input.actions.length,
        send:
          route && letter
            ? { to: route.to, toName: route.toName, from: route.from, accountName: route.account.name, ...letter }
            : null,
        cannotSend: routed.ok ? null : routed.why,
        toRead: flagged.map(({ entry, item }) => ({
          itemId: item.id,
          what: describeToCheck(entry),
          receivedAt: item.receivedAt,
          sender: item.sender,
          subject: item.subject,
          text: item.text,
        })),
      },
    });
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
      const logged = write(context, (change) => logRequest(change, input, councilName()));
      return logged.ok ? detail(logged.value.requestId) : logged;
    },
    'requests:step': ({ requestId, step }) => {
      const taken = write(context, (change) => takeStep(change, requestId, step));
      return taken.ok ? detail(requestId) : taken;
    },
    'requests:link': (input) => {
      const linked = write(context, (change) => linkItem(change, input));
      return linked.ok ? detail(input.requestId) : linked;
    },
    'requests:list': ({ show }) =>
      ok(rows().filter((row) => show === 'all' || (show === 'open' ? !row.closed : row.closed))),
    'requests:get': ({ id }) => detail(id),
    'requests:summary': () => ok(requestsSummary(store, today())),
    'requests:closureDays': () => ok(store.requests.closureDays()),
    'requests:saveClosureDays': ({ days }) => {
      write(context, (change) => saveClosureDays(change, days));
      return ok(store.requests.closureDays());
    },
    'requests:report': (range) => ok(requestsReport(store, range)),
    'requests:settings': () => ok({ complaintTargetWorkingDays: readComplaintTarget(store) }),
    'requests:subjectAccessPlan': ({ requestId }) => {
      const planned = subjectAccessPlan(requestId);
      return planned.ok ? ok(planned.value.plan) : planned;
    },
    'requests:sendSubjectAccess': async ({ requestId, to, from }) => {
      const planned = subjectAccessPlan(requestId);
      if (!planned.ok) return planned;
      const { plan, contents, route } = planned.value;
      const { send } = plan;
      if (!route || !send) return fail('conflict', plan.cannotSend ?? 'The console cannot send it.');
      // The clerk confirmed one address and one account: personal data goes nowhere else.
      if (route.to !== to || route.from !== from)
        return fail(
          'conflict',
          `Nothing was sent: it would now go to ${route.to} from ${route.from}, not what you confirmed. Check it again.`,
        );
      const zip = await subjectAccessFile(contents);
      const sent = write(context, (change) =>
        sendSubjectAccessExport(change, {
          requestId,
          route,
          file: { name: plan.fileName, bytes: zip },
          letter: { subject: send.subject, text: send.text },
          counts: { items: plan.itemCount, actions: plan.actionCount },
        }),
      );
      return sent.ok ? detail(requestId) : sent;
    },
    'requests:saveSettings': ({ complaintTargetWorkingDays }) => {
      write(context, (change) => saveComplaintTarget(change, complaintTargetWorkingDays));
      return ok({ complaintTargetWorkingDays: readComplaintTarget(store) });
    },
  };
}
