import { extractFromCurrentPage } from '@/lib/capture/content/extract-current-page';

/**
 * Injected on demand (toolbar click: activeTab + scripting) into any page; never declared in
 * the manifest, so Bespoke holds no broad host permission. Its return value is the posting.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main: () => extractFromCurrentPage(),
});
