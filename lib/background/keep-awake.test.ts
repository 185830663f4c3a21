import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEEP_AWAKE_EVERY_MS, keepAwake, keepAwakeWhileBusy } from './keep-awake';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('keeping Firefox\'s event page awake during a run', () => {
  it('calls a parent-process API well inside Firefox\'s 30 s idle timeout, until stopped', async () => {
    const ping = vi.fn(() => Promise.resolve());
    const stop = keepAwake(ping);
    expect(KEEP_AWAKE_EVERY_MS).toBeLessThan(30_000 / 2);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 3);
    expect(ping).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 3);
    expect(ping).toHaveBeenCalledTimes(3);
  });

  it('by default asks runtime.getPlatformInfo (answered by the parent process)', async () => {
    const getPlatformInfo = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
    const stop = keepAwake();
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS);
    expect(getPlatformInfo).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a failing call is logged and the next ones still go out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ping = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(undefined);
    const stop = keepAwake(ping);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_EVERY_MS * 2);
    expect(ping).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledOnce();
    stop();
  });

  it('awake from the first run\'s start to the last run\'s end, one timer for overlapping runs', () => {
    const stops: ReturnType<typeof vi.fn>[] = [];
    const start = vi.fn(() => {
      const stop = vi.fn();
      stops.push(stop);
      return stop;
    });
    const onBusyChange = keepAwakeWhileBusy(start);
    onBusyChange(true);
    onBusyChange(true);
    expect(start).toHaveBeenCalledOnce();
    onBusyChange(false);
    expect(stops[0]).toHaveBeenCalledOnce();
    onBusyChange(true);
    expect(start).toHaveBeenCalledTimes(2);
    onBusyChange(false);
    expect(stops[1]).toHaveBeenCalledOnce();
  });
});
