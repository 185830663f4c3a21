import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import { requestHostPermission } from '@/lib/settings/browser-permissions';
import type { MissingPackage, PackageIndex } from '@/lib/tex/package-index';
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
 * the browser. After the fetch the caller compiles again.
 */
export function MissingPackages({ missing, onFetched }: { missing: MissingPackage[]; onFetched: () => void }) {
  const named = [...new Set(missing.map((m) => m.package).filter((p): p is string => !!p))];
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
    <div data-testid="missing-packages" className="error" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <ul data-testid="missing-files">
        {missing.map((m) => (
          <li key={m.file}>
            {m.package ? (
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
      {named.length ? (
        <div className="row">
          <button className="primary" data-testid="fetch-packages" disabled={fetcher.isPending} onClick={() => fetcher.mutate(false)}>
            {fetcher.isPending ? 'Fetching…' : `Get ${named.join(', ')} from TeX Live`}
          </button>
          <button className="secondary" disabled={fetcher.isPending} onClick={() => fetcher.mutate(true)}>
            Always get missing packages
          </button>
        </div>
      ) : null}
      {fetcher.error ? (
        <p data-testid="fetch-error">
          {fetcher.error.message} You can also add the missing file{missing.length === 1 ? '' : 's'} to this resume (Import files).
        </p>
      ) : null}
    </div>
  );
}
