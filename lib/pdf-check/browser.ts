/** Browser-only: the text-layer host for the extension (pdf.js's regular build, in-thread). */
import { extractPdfLinesBrowser } from '@/lib/tailor/score/pdf-text.browser';
import { createTextLayerHost } from './host';

export const browserTextLayer = createTextLayerHost(extractPdfLinesBrowser);
