// `npm run preview`: the whole console in a browser, on 127.0.0.1 only, for machines without Electron.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startBackend } from '../app/composition';
import { withDemoParish } from '../app/demo-parish';
import { sampleChoiceOf, type SampleChoice } from '../app/sample-source';
import { apiAddressesFrom, pollingFrom } from '../channels/api-overrides';
import { parseConsoleArgs } from '../app/cli-options';
import { startServer } from './server';
import { defaultUserDataDir } from '../app/user-data-dir';
import { UserFacingError } from '../app/user-facing-error';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const parsed = parseConsoleArgs(process.argv.slice(2));
  if (!parsed.ok) {
    log(parsed.message);
    return 2;
  }
  const { options } = parsed;
  const dataDir = options.dataDir ?? defaultUserDataDir();
  const sample = sampleChoiceOf(options);
  const startAt = (folder: string, choice: SampleChoice) =>
    startBackend({
      dataDir: folder,
      mode: 'browser',
      sample: choice,
      log,
      apis: apiAddressesFrom(process.env),
      polling: pollingFrom(process.env),
    });
  const council = await startAt(dataDir, sample);
  // A council's console can open the demo parish in front of it; one started with a sample is a demo already.
  const backend =
    sample.kind === 'none' ? withDemoParish(council, dataDir, (folder) => startAt(folder, { kind: 'demo' })) : council;
  const token = randomBytes(24).toString('base64url');
  let server;
  try {
    server = await startServer({
      handlers: backend.handlers,
      events: backend.events,
      token,
      rendererDir: fileURLToPath(new URL('./renderer/', import.meta.url)),
      port: options.port,
      log,
    });
  } catch (error) {
    await backend.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new UserFacingError(
        `Port ${options.port} is already in use. Choose another with --port, or use --port 0 for a free one.`,
      );
    if (code === 'EACCES')
      throw new UserFacingError(
        `Port ${options.port} needs privileges this user does not have. Choose a port above 1023, or --port 0.`,
      );
    throw error;
  }
  const running = server;
  const stop = (): void => {
    void running
      .close()
      .then(() => backend.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`Console ready at http://127.0.0.1:${running.port}/?token=${token}\n`);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof UserFacingError) {
      log(error.message);
    } else {
      log(
        `The console stopped because of an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    process.exit(1);
  },
);
