import { describe, expect, it, vi } from 'vitest';
import { onDemand } from './on-demand.js';

describe('onDemand', () => {
  it('loads once: every caller gets the same module', async () => {
    const load = vi.fn(async () => ({ value: 1 }));
    const get = onDemand(load);
    expect(load).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(get.current).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next action tries again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('module');
    const get = onDemand(load);
    await expect(get()).rejects.toThrow('Failed to fetch');
    expect(get.current).toBeUndefined();
    expect(await get()).toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('prefetch starts the load and swallows its failure (the action reports it)', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const load = vi
        .fn<() => Promise<string>>()
        .mockRejectedValueOnce(new TypeError('offline'))
        .mockResolvedValueOnce('module');
      const get = onDemand(load);
      get.prefetch();
      expect(load).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).not.toHaveBeenCalled();
      expect(await get()).toBe('module');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
