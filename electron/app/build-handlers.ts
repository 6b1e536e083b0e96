// Builds the handler map that implements the contract over the store, sync and core.
import type { HandlerMap } from '../api/dispatch';
import type { HandlerContext } from '../handlers/context';
import { accountHandlers } from '../handlers/account-handlers';
import { folderHandlers } from '../handlers/folder-handlers';
import { forwardHandlers } from '../handlers/forward-handlers';
import { itemHandlers } from '../handlers/item-handlers';
import { learningHandlers } from '../handlers/learning-handlers';
import { operatorHandlers } from '../handlers/operator-handlers';
import { outOfOfficeHandlers } from '../handlers/out-of-office-handlers';
import { personHandlers } from '../handlers/person-handlers';
import { policyHandlers } from '../handlers/policy-handlers';
import { queueHandlers } from '../handlers/queue-handlers';
import { recordsHandlers } from '../handlers/records-handlers';
import { reportsHandlers } from '../handlers/reports-handlers';
import { safekeepingHandlers } from '../handlers/safekeeping-handlers';
import { removalHandlers } from '../handlers/removal-handlers';
import { replyHandlers } from '../handlers/reply-handlers';
import { ruleHandlers } from '../handlers/rule-handlers';
import { requestHandlers } from '../handlers/request-handlers';
import { undoHandlers } from '../handlers/undo-handlers';
import { setupHandlers } from '../handlers/setup-handlers';
import { demoHandlers } from '../handlers/demo-handlers';

export function buildHandlers(context: HandlerContext): HandlerMap {
  return {
    ...policyHandlers(context),
    ...queueHandlers(context),
    ...itemHandlers(context),
    ...removalHandlers(context),
    ...undoHandlers(context),
    ...personHandlers(context),
    ...replyHandlers(context),
    ...accountHandlers(context),
    ...operatorHandlers(context),
    ...forwardHandlers(context),
    ...outOfOfficeHandlers(context),
    ...recordsHandlers(context),
    ...reportsHandlers(context),
    ...safekeepingHandlers(context),
    ...folderHandlers(),
    ...learningHandlers(context),
    ...ruleHandlers(context),
    ...requestHandlers(context),
    ...setupHandlers(context),
    ...demoHandlers(context),
  } satisfies HandlerMap;
}
