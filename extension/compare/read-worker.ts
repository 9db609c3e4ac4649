// The compare page's reader, in a dedicated Worker: a PDF, DOCX, JSON Resume or text is read here,
// never on the page's main thread, so a hostile file cannot freeze the page (or the popup, which may
// share its process). The page ends this worker when a read runs over its time (./reader.ts).
// pdf.js parses here too: its worker code is loaded into this worker as its "main-thread worker"
// (pdf.js cannot start a worker of its own from a worker), so ending this worker ends every parse.
import { ApplicationError } from '../../src/application/model.ts';
import { ReadError } from '../../src/application/failures.ts';
import type { PdfJs } from '../../src/application/pdf.ts';
import { readApplication, readPastedText } from '../../src/application/read.ts';
import { READ_ANSWER, type ReadAnswer, type ReadRequest } from './reader.ts';

let pdfJs: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfJs ??= Promise.all([import('pdfjs-dist'), loadParser()]).then(([pdfjs, parser]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
    return pdfjs as unknown as PdfJs;
  });
  pdfJs.catch(() => (pdfJs = null));
  return pdfJs;
}

/**
 * pdf.js's worker code, loaded into this worker. Loaded in a worker, it takes the worker's own port
 * as its page's unless a `window` exists: it would answer this worker's page with its own messages.
 * So a `window` exists while it loads, and only then.
 */
async function loadParser(): Promise<unknown> {
  const scope = globalThis as { window?: unknown };
  scope.window = scope;
  try {
    return await import('pdfjs-dist/build/pdf.worker.mjs');
  } finally {
    delete scope.window;
  }
}

async function answer(request: ReadRequest): Promise<ReadAnswer> {
  try {
    const application =
      request.kind === 'text'
        ? readPastedText(request.text)
        : await readApplication(new Uint8Array(request.bytes), { fileName: request.fileName, loadPdfJs });
    return { from: READ_ANSWER, ok: true, application };
  } catch (err) {
    // Why, as data: this worker has no i18n API, the page says it in its words (./reader.ts).
    if (err instanceof ReadError) return { from: READ_ANSWER, ok: false, code: err.code, failure: err.failure };
    const detail = String((err as Error | null)?.message ?? err).split('\n')[0]!;
    return { from: READ_ANSWER, ok: false, code: err instanceof ApplicationError ? err.code : 'unreadable', failure: { why: 'reader-error', detail } };
  }
}

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  void answer(event.data).then((reply) => self.postMessage({ ...reply, id: event.data.id }));
};
