// The compare page's side of the reading worker (./read-worker.ts): one read at a time, each given
// READ_BUDGET_MS; a read that runs over is stopped by ending the worker (pdf.js parses inside it),
// and the next read starts a fresh one. The page's main thread only waits.
import { ApplicationError, type Application, type ApplicationErrorCode } from '../../src/application/model.ts';

export type ReadRequest = { id?: number } & ({ kind: 'text'; text: string } | { kind: 'file'; bytes: ArrayBuffer; fileName: string });
/** Marks the worker's answers: nothing else that could post from the worker (a library) is taken for one. */
export const READ_ANSWER = 'telltale:read-answer';
export type ReadAnswer = { from: typeof READ_ANSWER; id?: number } & ({ ok: true; application: Application } | { ok: false; code: ApplicationErrorCode; message: string });

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

const tooSlow = (ms: number) => `This application took over ${ms / 1000} seconds to read and was stopped: no résumé takes that long. Ask for a new copy, or paste the text.`;
const WORKER_FAILED = 'The application could not be read: its reader stopped unexpectedly. Ask for a new copy, or paste the text.';

let worker: Worker | null = null;
/** Each read's number: an answer is taken only by the read it answers. */
let reads = 0;

function startWorker(): Worker {
  return new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module', name: 'telltale-read-application' });
}

/** Reads an application in the worker; rejects with an ApplicationError, whose message is one plain sentence. */
export function readInWorker(request: ReadRequest, budgetMs = budget()): Promise<Application> {
  const current = (worker ??= startWorker());
  const id = ++reads;
  return new Promise((resolve, reject) => {
    const stop = (error: ApplicationError) => {
      clearTimeout(timer);
      current.terminate();
      if (worker === current) worker = null;
      reject(error);
    };
    const timer = setTimeout(() => stop(new ApplicationError('too-slow', tooSlow(budgetMs))), budgetMs);
    current.onmessage = (event: MessageEvent<ReadAnswer>) => {
      const reply = event.data;
      if (reply?.from !== READ_ANSWER || reply.id !== id) return;
      clearTimeout(timer);
      if (reply.ok) resolve(reply.application);
      else reject(new ApplicationError(reply.code, reply.message));
    };
    current.onerror = (event) => {
      event.preventDefault();
      stop(new ApplicationError('unreadable', WORKER_FAILED));
    };
    current.onmessageerror = () => stop(new ApplicationError('unreadable', WORKER_FAILED));
    current.postMessage({ ...request, id }, request.kind === 'file' ? [request.bytes] : []);
  });
}
