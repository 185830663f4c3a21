import { storage } from 'wxt/utils/storage';
import { DEFAULT_TEXLIVE_MIRROR } from '@/lib/tex/tl-archive';

/** The TeX Live archive packages are fetched from (TeX Live 2024's frozen tlnet-final by default). */
export const texMirrorItem = storage.defineItem<string>('local:tex.mirror', { fallback: DEFAULT_TEXLIVE_MIRROR, version: 1 });

/** When true, a missing package is fetched without asking each time (the user allowed it for good). */
export const texAutoFetchItem = storage.defineItem<boolean>('local:tex.autoFetch', { fallback: false, version: 1 });
