// addressBook:*, item:forwardPreview, item:forward — passing an item to a councillor or agency.
import type { HandlerMap } from '../api/dispatch';
import { ok } from '../api/envelope';
import { forwardItem, prepareForward, readAddressBook, saveAddressBook } from '../moderation/forwarding';
import { write } from '../moderation/write';
import { refuse, type HandlerContext } from './context';
import { itemDetail } from './item-detail';

type ForwardMethods = 'addressBook:get' | 'addressBook:save' | 'item:forwardPreview' | 'item:forward';

export function forwardHandlers(context: HandlerContext): Pick<HandlerMap, ForwardMethods> {
  const { store } = context;
  const councilName = () => context.defaults.councilName;
  return {
    'addressBook:get': () => ok(readAddressBook(store)),
    'addressBook:save': ({ contacts }) => {
      write(context, (change) => saveAddressBook(change, contacts));
      return ok(readAddressBook(store));
    },
    'item:forwardPreview': (input) => {
      const prepared = prepareForward(store, input, context.operator(), councilName());
      return prepared.ok ? ok(prepared.preview) : refuse(prepared);
    },
    'item:forward': (input) => {
      const result = write(context, (change) => forwardItem(change, input, councilName()));
      return result.ok ? itemDetail(context, input.id) : refuse(result);
    },
  };
}
