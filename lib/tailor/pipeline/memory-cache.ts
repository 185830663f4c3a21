import type { TailorResult } from '../record';

/** An in-memory run cache (CLI, tests). The extension backs the same interface with Dexie. */
export class MemoryRunCache {
  private readonly map = new Map<string, TailorResult>();
  async get(key: string): Promise<TailorResult | undefined> { return this.map.get(key); }
  async set(key: string, value: TailorResult): Promise<void> { this.map.set(key, value); }
}
