// policy:get, settings:updatePolicy, account:updateRemovalSettings, app:info — the council's settings.
import { ukToday } from '../api/uk-time';
import type { PolicyView } from '../api/policy';
import { fail, ok } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import { policyNeedsSetup, policyReviewOverdue } from '../core/policy';
import { accountSummary } from '../moderation/account-settings';
import { readCouncilPolicy, readPolicySettings } from '../moderation/council-settings';
import { readStrikeSettings } from '../moderation/repeat-offenders';
import { updatePolicySettings, updateRemovalSettings, updateStrikeSettings } from '../moderation/settings-changes';
import { write } from '../moderation/write';
import type { HandlerContext } from './context';

type PolicyMethods =
  | 'policy:get'
  | 'settings:updatePolicy'
  | 'settings:updateRepeatOffenders'
  | 'account:updateRemovalSettings'
  | 'app:info';

export function policyHandlers(context: HandlerContext): Pick<HandlerMap, PolicyMethods> {
  const { store, policy } = context;
  const view = (): PolicyView => {
    const settings = readPolicySettings(store, context.defaults.councilName);
    const today = ukToday(context.now());
    return {
      reasons: policy.reasons,
      removalNotice: policy.removalNotice,
      settings,
      needsSetup: policyNeedsSetup(settings),
      reviewOverdue: policyReviewOverdue(settings, today),
      repeatOffenders: readStrikeSettings(store),
      councilPolicy: readCouncilPolicy(store),
    };
  };
  return {
    'app:info': () =>
      ok({
        ...context.info,
        councilName: readPolicySettings(store, context.defaults.councilName).councilName,
        accounts: store.accounts.list().map((account) => accountSummary(store, account)),
      }),
    'policy:get': () => ok(view()),
    'settings:updatePolicy': (changes) => {
      write(context, (change) => updatePolicySettings(change, changes, context.defaults.councilName));
      // The council's own addresses are not someone's private data: stored suggestions follow a change of them.
      void context.suggestionRefresh.runInBackground();
      return ok(view());
    },
    'settings:updateRepeatOffenders': (changes) => {
      write(context, (change) => updateStrikeSettings(change, changes));
      return ok(view());
    },
    'account:updateRemovalSettings': ({ accountId, ...changes }) => {
      const account = store.accounts.get(accountId);
      if (!account) return fail('not_found', `Account ${accountId} is not connected.`);
      if (changes.facebookRemoval && account.channel !== 'facebook') {
        return fail('invalid_input', 'Hide or delete is a choice for Facebook accounts only.');
      }
      write(context, (change) => updateRemovalSettings(change, account, changes));
      return ok(accountSummary(store, account));
    },
  };
}
