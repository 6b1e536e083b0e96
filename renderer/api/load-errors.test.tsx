// Load errors reach the clerk: a refused load is shown (with the backend's words), never dropped.
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { clientFromBridge, type ConsoleBridge } from '../../electron/api/client';
import type { ConsoleEvent } from '../../electron/api/events';
import { usePolicy } from '../hooks/use-policy';
import { ProblemsPage } from '../problems/ProblemsPage';
import { ApiProvider, newQueryClient } from './ApiProvider';

const refusal = 'The record could not be opened: the disk is full.';

/** A backend that refuses the methods named and answers the rest with `answers`; events are sent by hand. */
function backend(refused: string[], answers: Record<string, unknown> = {}) {
  const listeners = new Set<(event: ConsoleEvent) => void>();
  const calls: string[] = [];
  const bridge: ConsoleBridge = {
    invoke: async (method) => {
      calls.push(method);
      return refused.includes(method)
        ? { ok: false, error: { code: 'internal', message: refusal } }
        : { ok: true, value: answers[method] };
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const wrap = (children: ReactNode) => (
    <ApiProvider api={clientFromBridge(bridge)} client={newQueryClient()}>
      {children}
    </ApiProvider>
  );
  return { wrap, calls, send: (event: ConsoleEvent) => listeners.forEach((listener) => listener(event)) };
}

function PolicyError() {
  const { error } = usePolicy();
  return <p>{error ?? 'no error'}</p>;
}

describe('load errors', () => {
  it('shows why the Problems page could not load', async () => {
    const { wrap } = backend(['problems:list']);
    render(wrap(<ProblemsPage say={() => undefined} onChanged={() => undefined} />));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
  });

  it('passes on why the policy could not load', async () => {
    const { wrap } = backend(['policy:get']);
    render(wrap(<PolicyError />));
    expect(await screen.findByText(refusal)).toBeInTheDocument();
  });

  it('loads the Problems page again when an account changes', async () => {
    const empty = { payloads: [], failedActions: [] };
    const { wrap, calls, send } = backend([], { 'problems:list': empty });
    render(wrap(<ProblemsPage say={() => undefined} onChanged={() => undefined} />));
    expect(await screen.findByRole('heading', { name: 'Channel actions that failed' })).toBeInTheDocument();
    expect(calls).toEqual(['problems:list']);
    send({ type: 'accounts:changed', accountIds: [1] });
    await screen.findByRole('heading', { name: 'Channel actions that failed' });
    await expect.poll(() => calls).toEqual(['problems:list', 'problems:list']);
  });
});
