// setup:*, policy:import, policy:saveText — the first-run setup and the council's own policy text.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import { loadOnFirstUse } from '../app/load-on-first-use';
import { readCouncilPolicy, saveCouncilPolicy } from '../moderation/council-settings';
import { recordSetupProgress, setupView } from '../moderation/council-setup';
import { write } from '../moderation/write';
import type { HandlerContext } from './context';

type SetupMethods =
  'setup:get' | 'setup:progress' | 'policy:import' | 'policy:saveText' | 'preferences:get' | 'preferences:save';

// The desktop shell answers these from electron-store (shell/preference-handlers); the browser keeps its own.
const keptByTheBrowser = () =>
  fail('not_found', 'In browser mode the layout preferences are kept by the browser, not the console.');

// mammoth, turndown and unpdf are loaded the first time a clerk imports a file, not at every start.
const policyImport = loadOnFirstUse(() => import('../policy-import/import-policy'));

export function setupHandlers(context: HandlerContext): Pick<HandlerMap, SetupMethods> {
  const { store } = context;
  return {
    'preferences:get': keptByTheBrowser,
    'preferences:save': keptByTheBrowser,
    'setup:get': () => ok(setupView(store, context.info.sampleLoaded)),
    'setup:progress': (progress) => {
      write(context, (change) => recordSetupProgress(change, progress));
      return ok(setupView(store, context.info.sampleLoaded));
    },
    'policy:import': async ({ fileName, contentBase64 }) => {
      const { importPolicy } = await policyImport();
      const read = await importPolicy({ fileName, bytes: new Uint8Array(Buffer.from(contentBase64, 'base64')) });
      if (!read.ok) return fail('invalid_input', read.message);
      return ok({ markdown: read.markdown, format: read.format, facts: read.facts });
    },
    'policy:saveText': ({ markdown, source, fileName }) => {
      write(context, (change) => saveCouncilPolicy(change, { markdown, source, fileName: fileName ?? null }));
      const saved = readCouncilPolicy(store);
      return saved ? ok(saved) : fail('internal', 'The policy text could not be read back after saving.');
    },
  };
}
