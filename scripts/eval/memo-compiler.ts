import type { CompileRequest, CompileResult, TexCompiler } from '../../lib/tex/types.ts';
import { hashProject } from '../../lib/tailor/pipeline/hash.ts';

/**
 * A compiler that remembers results by the hash of the request's files: the eval compiles
 * each master once for every posting and mode instead of nine times. Identical input gives
 * identical output, so nothing is faked; `compiles` counts the real ones.
 */
export function memoCompiler(inner: TexCompiler): TexCompiler & { compiles: number; hits: number } {
  const memo = new Map<string, Promise<CompileResult>>();
  const self = {
    compiles: 0,
    hits: 0,
    async compile(req: CompileRequest): Promise<CompileResult> {
      const key = await hashProject({ mainFile: req.mainFile, files: req.files });
      const found = memo.get(key);
      if (found) { self.hits++; return found; }
      self.compiles++;
      const p = inner.compile(req);
      memo.set(key, p);
      return p;
    },
  };
  return self;
}
