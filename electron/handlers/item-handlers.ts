// item:get and item:markHandled — one item in detail, and the policy's "ignore" response.
import { fail } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import { markNoActionNeeded } from '../moderation/no-action';
import { write } from '../moderation/write';
import type { HandlerContext } from './context';
import { itemDetail } from './item-detail';

export function itemHandlers(context: HandlerContext): Pick<HandlerMap, 'item:get' | 'item:markHandled'> {
  return {
    'item:get': ({ id }) => itemDetail(context, id),
    'item:markHandled': ({ id }) => {
      const result = write(context, (change) => markNoActionNeeded(change, id));
      return result.ok ? itemDetail(context, id) : fail(result.code, result.message);
    },
  };
}
