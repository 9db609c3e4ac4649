// The compare page's side of the reading worker (./read-worker.ts): one read at a time, each given
// READ_BUDGET_MS; a read that runs over is stopped by ending the worker (pdf.js parses inside it),
// and the next read starts a fresh one. The page's main thread only waits. The worker has no i18n
// API: it answers why a read failed as data (a ReadFailure), and this page says it in its words.
import type { Application, ApplicationErrorCode } from '../../src/application/model.ts';
import { failureFromWorker, ReadError, type ReadFailure } from '../../src/application/failures.ts';

export type ReadRequest = { id?: number } & ({ kind: 'text'; text: string } | { kind: 'file'; bytes: ArrayBuffer; fileName: string });
/** Marks the worker's answers: nothing else that could post from the worker (a library) is taken for one. */
export const READ_ANSWER = 'telltale:read-answer';
export type ReadAnswer = { from: typeof READ_ANSWER; id?: number } & ({ ok: true; application: Application } | { ok: false; code: ApplicationErrorCode; failure: ReadFailure });

/** A résumé is read in well under a second; ten seconds is far beyond any honest file. */
export const READ_BUDGET_MS = 10_000;

/**
 * The budget can be shortened (never past a minute) by this page's own storage, which only the
 * extension's pages can write: the browser tests use it to see a read stopped without a file that
 * takes ten seconds.
 */
export const READ_BUDGET_KEY = 'telltale.readBudgetMs';

function budget(): number {
  try {
    const set = Number(localStorage.getItem(READ_BUDGET_KEY));
    return Number.isFinite(set) && set >= 1 && set <= 60_000 ? set : READ_BUDGET_MS;
  } catch {
    return READ_BUDGET_MS;
  }
}

let worker: Worker | null = null;
/** Each read's number: an answer is taken only by the read it answers. */
let reads = 0;

function startWorker(): Worker {
  return new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module', name: 'telltale-read-application' });
}

/** Reads an application in the worker; rejects with an ApplicationError, whose message is one plain sentence in the UI language. */
export function readInWorker(request: ReadRequest, budgetMs = budget()): Promise<Application> {
  const current = (worker ??= startWorker());
  const id = ++reads;
  return new Promise((resolve, reject) => {
    const stop = (error: ReadError) => {
      clearTimeout(timer);
      current.terminate();
      if (worker === current) worker = null;
      reject(error);
    };
    const timer = setTimeout(() => stop(new ReadError('too-slow', { why: 'too-slow', seconds: budgetMs / 1000 })), budgetMs);
    current.onmessage = (event: MessageEvent<ReadAnswer>) => {
      const reply = event.data;
      if (reply?.from !== READ_ANSWER || reply.id !== id) return;
      clearTimeout(timer);
      if (reply.ok) resolve(reply.application);
      else reject(new ReadError(reply.code, failureFromWorker(reply.failure)));
    };
    current.onerror = (event) => {
      event.preventDefault();
      stop(new ReadError('unreadable', { why: 'reader-stopped' }));
    };
    current.onmessageerror = () => stop(new ReadError('unreadable', { why: 'reader-stopped' }));
    current.postMessage({ ...request, id }, request.kind === 'file' ? [request.bytes] : []);
  });
}
