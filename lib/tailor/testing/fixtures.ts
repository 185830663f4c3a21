/** Node-only test/eval helper: postings and recorded model answers under tests/fixtures/tailor. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(process.cwd(), 'tests/fixtures/tailor');

/** A posting's text and its title (its first line). */
export function loadPosting(name: string): { title: string; description: string } {
  const text = readFileSync(join(FIXTURES, 'postings', `${name}.txt`), 'utf8');
  const [title, ...rest] = text.split('\n');
  return { title: title.trim(), description: rest.join('\n').trim() };
}

/** The recorded model answer for a resume × posting (or another named fixture); null when none. */
export function loadRecordedResponse(name: string): string | null {
  const path = join(FIXTURES, 'responses', `${name}.txt`);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
