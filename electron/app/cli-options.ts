// The flags shared by `npm start` and `npm run preview`, with a clear message for anything unknown.
import { parseArgs } from 'node:util';

export interface ConsoleOptions {
  demo: boolean;
  sample: string | null;
  dataDir: string | null;
  port: number;
}

export type ParsedArgs = { ok: true; options: ConsoleOptions } | { ok: false; message: string };

export const usage = `Usage: npm run preview -- [--demo] [--sample FILE] [--data-dir DIR] [--port N]
  --demo          load the built-in sample parish (Ashcombe) into the queue
  --sample FILE   load your own sample file instead (format in README.md)
  --data-dir DIR  where the console keeps its database (default: your user-data folder)
  --port N        port on 127.0.0.1 for browser mode (0 picks a free one; default 0)`;

export function parseConsoleArgs(argv: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        demo: { type: 'boolean', default: false },
        sample: { type: 'string' },
        'data-dir': { type: 'string' },
        port: { type: 'string', default: '0' },
      },
    }));
  } catch (error) {
    return { ok: false, message: `${explain(error)}\n${usage}` };
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) {
    return { ok: false, message: `--port must be a number from 0 to 65535, not "${values.port}".\n${usage}` };
  }
  if (values.demo && values.sample !== undefined) {
    return { ok: false, message: `Use --demo or --sample FILE, not both.\n${usage}` };
  }
  if (values.sample === '' || values['data-dir'] === '') {
    return { ok: false, message: `--sample and --data-dir need a path.\n${usage}` };
  }
  return {
    ok: true,
    options: { demo: values.demo, sample: values.sample ?? null, dataDir: values['data-dir'] ?? null, port },
  };
}

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown option ${unknown[1]}.`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value.`;
  return message;
}
