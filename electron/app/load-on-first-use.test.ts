import { describe, expect, it, vi } from 'vitest';
import { loadOnFirstUse } from './load-on-first-use';

describe('loadOnFirstUse', () => {
  it('loads nothing until the library is first asked for', () => {
    const load = vi.fn(() => Promise.resolve({ name: 'library' }));
    loadOnFirstUse(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once, however many callers ask', async () => {
    const load = vi.fn(() => Promise.resolve({ name: 'library' }));
    const library = loadOnFirstUse(load);
    const [first, second] = await Promise.all([library(), library()]);
    const third = await library();
    expect(load).toHaveBeenCalledTimes(1);
    expect(first).toEqual({ name: 'library' });
    expect(second).toBe(first);
    expect(third).toBe(first);
  });
});
