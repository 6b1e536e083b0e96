// outOfOffice:* — the automatic answer while the clerk is away.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import { readOutOfOffice } from '../moderation/out-of-office';
import { saveOutOfOffice } from '../moderation/settings-changes';
import { write } from '../moderation/write';
import type { HandlerContext } from './context';

export function outOfOfficeHandlers(context: HandlerContext): Pick<HandlerMap, 'outOfOffice:get' | 'outOfOffice:save'> {
  const { store } = context;
  return {
    'outOfOffice:get': () => ok(readOutOfOffice(store)),
    'outOfOffice:save': (setting) => {
      if (setting.to < setting.from) return fail('invalid_input', 'The last day of the absence is before the first.');
      if (setting.enabled && setting.templateId === null)
        return fail('invalid_input', 'Choose the canned reply to send while away.');
      const template = setting.templateId === null ? null : store.templates.get(setting.templateId);
      if (setting.templateId !== null && (!template || template.retiredAt))
        return fail('not_found', 'That canned reply is not available any more; choose another.');
      write(context, (change) => saveOutOfOffice(change, setting, template?.name ?? null));
      return ok(readOutOfOffice(store));
    },
  };
}
