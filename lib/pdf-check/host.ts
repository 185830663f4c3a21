import type { TextLayerHost } from '@/lib/tailor';
import { checkTextLayer } from './check';
import { planTextLayerFixes } from './fixes';
import { sourceWords } from './source-words';
import type { ReadPage, TextLayerReport } from './types';

/**
 * The text-layer host the tailoring pipeline is given: `readPages` is the platform's PDF
 * reading (pdf.js's browser build in the extension, the legacy build in Node), the same one
 * the match score reads, so the check and the score see the same words.
 */
export function createTextLayerHost(readPages: (pdf: Uint8Array) => Promise<ReadPage[]>, extractor = 'pdf.js'): TextLayerHost {
  return {
    async check(project, pdf) {
      return checkTextLayer(await readPages(pdf), sourceWords(project), extractor);
    },
    plan(project, master) {
      return planTextLayerFixes(project, master as TextLayerReport | null);
    },
  };
}
