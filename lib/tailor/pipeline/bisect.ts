import type { CompileResult } from '@/lib/tex/types';

/**
 * Finds the units (edits, reorderings) that break the compile, by bisection: with `n`
 * units and one culprit it costs about 2·log₂(n) compiles. `fails(set)` compiles the master
 * with only `set` applied. The caller knows `fails(units)` is true and `fails([])` false.
 * When no half fails alone but both together do, the whole set is returned.
 */
export async function findCulprits<U>(units: U[], fails: (set: U[]) => Promise<boolean>): Promise<U[]> {
  if (units.length <= 1) return units;
  const mid = Math.ceil(units.length / 2);
  const a = units.slice(0, mid);
  const b = units.slice(mid);
  const culprits: U[] = [];
  if (await fails(a)) culprits.push(...(await findCulprits(a, fails)));
  if (await fails(b)) culprits.push(...(await findCulprits(b, fails)));
  return culprits.length > 0 ? culprits : units;
}

/** A compile of the project with a chosen set of units applied. */
export type CompileUnits<U> = (set: U[]) => Promise<CompileResult>;

/**
 * Compiles with every unit; if that fails, bisects, drops the culprits and compiles again.
 * Returns the final result and the dropped units with the TeX error that condemned them.
 */
export async function compileDroppingCulprits<U>(units: U[], compile: CompileUnits<U>, onNote?: (msg: string) => void): Promise<{ result: CompileResult; kept: U[]; dropped: U[]; error: string | null }> {
  const first = await compile(units);
  if (first.ok || units.length === 0) return { result: first, kept: units, dropped: [], error: first.ok ? null : firstError(first) };
  const error = firstError(first);
  let count = 1;
  const dropped = await findCulprits(units, async (set) => {
    onNote?.(`compile ${++count}: bisecting ${set.length} change(s)`);
    return !(await compile(set)).ok;
  });
  let kept = units.filter((u) => !dropped.includes(u));
  let result = await compile(kept);
  if (!result.ok) {
    // Interaction between survivors: fall back to the master's own text.
    dropped.push(...kept);
    kept = [];
    result = await compile(kept);
  }
  return { result, kept, dropped, error };
}

function firstError(r: CompileResult): string {
  return r.errors[0]?.message ?? (r.missingFiles.length ? `missing ${r.missingFiles[0]}` : 'compile failed');
}
