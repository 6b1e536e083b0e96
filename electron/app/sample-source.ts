// Reads the built-in demo parish or a sample file, all-or-nothing, before anything touches the store.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import demoSample from '../../assets/sample/ashcombe.json';
import type { IncomingItem } from '../core/incoming-item';
import { parseSampleFile } from '../core/sample-file';
import { UserFacingError } from './user-facing-error';

export type SampleChoice = { kind: 'none' } | { kind: 'demo' } | { kind: 'file'; path: string };

/** What `--demo` or `--sample FILE` asks both shells to load (parseConsoleArgs refuses both at once). */
export function sampleChoiceOf(options: { demo: boolean; sample: string | null }): SampleChoice {
  if (options.demo) return { kind: 'demo' };
  return options.sample ? { kind: 'file', path: options.sample } : { kind: 'none' };
}

export interface LoadedSample {
  items: IncomingItem[];
  fingerprint: string;
  label: string;
}

export function loadSample(choice: SampleChoice): LoadedSample | null {
  if (choice.kind === 'none') return null;
  if (choice.kind === 'demo') return fromJson(demoSample, JSON.stringify(demoSample), 'the built-in sample parish');
  let text: string;
  try {
    text = readFileSync(choice.path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code);
    throw new UserFacingError(`Cannot read the sample file "${choice.path}": ${why}. Nothing was loaded.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserFacingError(
      `The sample file "${choice.path}" is not valid JSON (${(error as Error).message}). Nothing was loaded.`,
    );
  }
  return fromJson(json, text, `"${choice.path}"`);
}

function fromJson(json: unknown, text: string, label: string): LoadedSample {
  const parsed = parseSampleFile(json);
  if (!parsed.ok)
    throw new UserFacingError(`The sample file ${label} was not loaded: ${parsed.message}. Nothing was loaded.`);
  return { items: parsed.items, fingerprint: createHash('sha256').update(text).digest('hex').slice(0, 16), label };
}
