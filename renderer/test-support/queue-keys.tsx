// The queue's single-key shortcuts, listening as they do in the queue, for dialog tests: a key that reaches
// one is recorded, so a test can check that a key pressed inside a dialog did not.
import { vi } from 'vitest';
import { useQueueKeys } from '../hooks/use-queue-keys';

export function queueShortcuts() {
  const pressed = vi.fn<(key: string) => void>();
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', 'i', 'j', 'k', 'r', 'x', 'z'];
  function QueueShortcuts() {
    useQueueKeys(Object.fromEntries(keys.map((key) => [key, () => pressed(key)])));
    return null;
  }
  return { QueueShortcuts, pressed };
}
