import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { FilePlus2, PackagePlus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FilePickButton } from '@/components/ui/file-pick-button';
import { getDatabase } from '@/lib/db/database';
import { requestHostPermission } from '@/lib/settings/browser-permissions';
import { fetchablePackages, type MissingPackage, type PackageIndex } from '@/lib/tex/package-index';
import { fetchMissingPackages } from '@/lib/tex-packages/fetch-missing';
import { texAutoFetchItem, texMirrorItem } from '@/lib/tex-packages/settings';

/** Packages the offline bundle ships: their dependencies are never fetched again. */
async function shippedPackages(): Promise<Set<string>> {
  const res = await fetch(browser.runtime.getURL('/tex/packages.json'));
  const index = (await res.json()) as PackageIndex;
  return new Set(Object.entries(index.packages).filter(([, e]) => e[2] === 1).map(([n]) => n));
}

/**
 * Names the TeX Live package of each file a compile missed and offers to fetch it from the
 * TeX Live archive (the mirror is a setting), with the user's click: only package names leave
 * the browser. After the fetch the caller compiles again. A file no package has is added by
 * the person (`onAddFiles`), to the same resume.
 */
export function MissingPackages({ missing, onFetched, onAddFiles }: { missing: MissingPackage[]; onFetched: () => void; onAddFiles?: (files: File[]) => void }) {
  const named = fetchablePackages(missing);
  const fetcher = useMutation({
    mutationFn: async (always: boolean) => {
      const mirror = await texMirrorItem.getValue();
      // The permission prompt needs the click's user gesture: ask before any await that is not it.
      if (!(await requestHostPermission(mirror))) throw new Error(`Bespoke may not reach ${new URL(mirror).host}; nothing was fetched.`);
      if (always) await texAutoFetchItem.setValue(true);
      return fetchMissingPackages({ db: getDatabase(), mirror, packages: named, shipped: await shippedPackages() });
    },
    onSuccess: () => onFetched(),
  });
  // "Always get missing packages" was chosen once: fetch without asking (the mirror's host
  // permission was granted then; without it the fetch stops and says so).
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current || named.length === 0) return;
    tried.current = true;
    void texAutoFetchItem.getValue().then((auto) => { if (auto) fetcher.mutate(false); });
  }, [named.length, fetcher]);
  if (missing.length === 0) return null;
  const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return (
    <div data-testid="missing-packages" role="alert" className="flex flex-col gap-2 rounded-md border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
      <p className="m-0 font-medium">Your resume needs {missing.length === 1 ? 'a file' : 'files'} Bespoke does not ship</p>
      <ul data-testid="missing-files" className="m-0 flex flex-col gap-1 pl-4">
        {missing.map((m) => (
          <li key={m.file}>
            {m.metafontOnly ? (
              <>
                <code>{m.file}</code> is a METAFONT font: TeX Live&apos;s <code>{m.package}</code> package has no outline of it, and METAFONT
                could not draw it here. Load <code>\usepackage[T1]{'{'}fontenc{'}'}</code> or <code>\usepackage{'{'}lmodern{'}'}</code> (outline versions
                of the Computer Modern shapes), or another font with Type 1 outlines.
              </>
            ) : m.package ? (
              <>
                <code>{m.file}</code> is in TeX Live&apos;s <code>{m.package}</code> package ({kb(m.size)}).
              </>
            ) : (
              <>
                <code>{m.file}</code> is in no TeX Live package: add it to this resume&apos;s files.
              </>
            )}
          </li>
        ))}
      </ul>
      {named.length || onAddFiles ? (
        <div className="flex flex-wrap gap-2">
          {named.length ? (
            <>
              <Button variant="primary" data-testid="fetch-packages" disabled={fetcher.isPending} onClick={() => fetcher.mutate(false)}>
                <PackagePlus aria-hidden />
                {fetcher.isPending ? 'Fetching…' : `Get ${named.join(', ')} from TeX Live`}
              </Button>
              <Button variant="ghost" disabled={fetcher.isPending} onClick={() => fetcher.mutate(true)}>
                Always get missing packages
              </Button>
            </>
          ) : null}
          {onAddFiles ? (
            <FilePickButton variant={named.length ? 'ghost' : 'primary'} size="md" onFiles={onAddFiles} inputProps={{ 'aria-label': 'Add the missing files', 'data-testid': 'add-missing-files' }}>
              <FilePlus2 aria-hidden />Add {missing.length === 1 ? 'the file' : 'the files'}
            </FilePickButton>
          ) : null}
        </div>
      ) : null}
      {fetcher.error ? (
        <p data-testid="fetch-error" className="m-0">
          {fetcher.error.message} You can also add the missing file{missing.length === 1 ? '' : 's'} to this resume (Add the file{missing.length === 1 ? '' : 's'}).
        </p>
      ) : null}
    </div>
  );
}
