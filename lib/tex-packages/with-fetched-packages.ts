import type { TexmfAddition } from '@/lib/tex/overlay-source';
import type { TexCompiler } from '@/lib/tex/types';

/**
 * A compiler that adds the user's fetched TeX Live packages to every compile, so a package
 * fetched once serves the master, every tailored copy and the cover letter alike.
 */
export function withFetchedPackages(compiler: TexCompiler, addition: () => Promise<TexmfAddition>): TexCompiler {
  return {
    async compile(request, options) {
      const add = await addition();
      if (Object.keys(add.files).length === 0) return compiler.compile(request, options);
      return compiler.compile({ ...request, texmf: add }, options);
    },
  };
}
