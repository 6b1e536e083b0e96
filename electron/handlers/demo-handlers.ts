// demo:open, demo:close — as a console answers them on its own. In front of a council's console the demo
// switch (app/demo-parish.ts) answers them instead; a console started with --demo or --sample has none.
import type { HandlerMap } from '../api/dispatch';
import { fail } from '../api/envelope';
import type { HandlerContext } from './context';

export function demoHandlers(context: HandlerContext): Pick<HandlerMap, 'demo:open' | 'demo:close'> {
  const startedWith = context.info.sampleLoaded ? 'was started with a sample' : 'has no demo parish beside it';
  return {
    'demo:open': () =>
      fail(
        'conflict',
        `This console ${startedWith}. Start it without --demo or --sample to look round the demo parish.`,
      ),
    'demo:close': () =>
      fail(
        'conflict',
        `This console ${startedWith}. Close it and start it again without --demo or --sample to go back to your council.`,
      ),
  };
}
