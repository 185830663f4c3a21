/** Node-only: the text-layer host for the CLI, evals and tests (pdf.js's legacy build). */
import { extractPdfLinesNode } from '@/lib/tailor/node/pdf-text-node';
import { createTextLayerHost } from '../host';

export const nodeTextLayer = createTextLayerHost(extractPdfLinesNode);
