// Starts `node dist/preview.mjs` (what `npm run preview` runs) as a real process with its own data dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const readyLine = /^Console ready at (http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([A-Za-z0-9_-]+)$/;

export interface RunningConsole {
  url: string;
  origin: string;
  port: number;
  token: string;
  stdoutLines: () => string[];
  stderr: () => string;
  stop(): Promise<void>;
}

export interface FinishedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function launch(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['dist/preview.mjs', ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
}

/** `env` adds variables, e.g. PARISH_CONSOLE_FACEBOOK_API pointing at a local fake. */
export function startConsole(
  args: string[],
  timeoutMs = 20_000,
  env: Record<string, string> = {},
): Promise<RunningConsole> {
  const child = launch(args, env);
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The console did not start in ${timeoutMs} ms.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The console exited (${code}) before it was ready.\nstderr: ${stderr}`));
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = readyLine.exec(stdout.split('\n')[0] ?? '');
      if (!match || !stdout.includes('\n')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const [, origin = '', port = '0', token = ''] = match;
      resolve({
        url: `${origin}?token=${token}`,
        origin,
        port: Number(port),
        token,
        stdoutLines: () => stdout.split('\n').filter((line) => line !== ''),
        stderr: () => stderr,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Runs the console expecting it to stop by itself (bad flags, bad files). */
export function runConsole(args: string[], timeoutMs = 20_000): Promise<FinishedRun> {
  const child = launch(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The console did not stop within ${timeoutMs} ms.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
