// Where the shared third-party data lives (../shared/data beside the repository; CI has it). Tests that need it
// skip with a clear message when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const sharedData = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

export function sharedFile(...parts: string[]): string | undefined {
  const path = join(sharedData, ...parts);
  if (existsSync(path)) return path;
  console.warn(`shared data not found: ${path} (tests that need it are skipped)`);
  return undefined;
}

export function readSharedJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
