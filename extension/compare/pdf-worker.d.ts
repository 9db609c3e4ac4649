// pdf.js ships no types for its worker module; the read worker only hands it to pdf.js as
// `globalThis.pdfjsWorker`, whose one member pdf.js uses is its message handler.
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
