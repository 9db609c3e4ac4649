// Why an application was not read, as data (a reason and its figures), and the one sentence that says
// it in the UI language (_locales). The readers run in the compare page's worker, which has no i18n
// API: the worker answers the ReadFailure, and the page makes the sentence from it with its own words
// (extension/compare/reader.ts). In Node (the CLI, the tests) the sentence is made where it is thrown.
import { t, tn, wordsLanguage } from '../i18n.ts';
import { ApplicationError, MAX_APPLICATION_BYTES, type ApplicationErrorCode } from './model.ts';

export type ReadFailure =
  | { why: 'too-large'; bytes: number }
  | { why: 'empty-file' | 'no-text' | 'text-too-long' }
  | { why: 'excel' | 'powerpoint' | 'zip-not-word' | 'png' | 'jpeg' | 'gif' | 'old-word' | 'rtf' | 'tiff' | 'binary' | 'named-pdf' | 'named-docx' | 'not-utf8' }
  | { why: 'docx-too-big' | 'docx-too-many-parts'; max: number }
  | { why: 'docx-bad-part-name' | 'docx-damaged' | 'docx-too-deep' | 'docx-no-text' }
  | { why: 'pdf-password' | 'pdf-too-deep' | 'pdf-no-text' | 'json-no-sections' | 'reader-stopped' }
  | { why: 'docx-error' | 'pdf-error' | 'json-invalid' | 'reader-error'; detail: string }
  | { why: 'json-not-resume'; field: string; detail: string }
  | { why: 'too-slow'; seconds: number };

/** Megabytes as the sentences write them: "50.0" for a file's size, "10" for a limit (rounded as toFixed does, in the UI language's digits). */
const megabytes = (bytes: number, digits: number) =>
  new Intl.NumberFormat(wordsLanguage(), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(Number((bytes / 1024 / 1024).toFixed(digits)));

/** The sentence for a failure: why, then what to do. */
export function failureText(failure: ReadFailure): string {
  switch (failure.why) {
    case 'too-large':
      return t('app_too_large', [megabytes(failure.bytes, 1), megabytes(MAX_APPLICATION_BYTES, 0)]);
    case 'empty-file':
      return t('app_empty_file');
    case 'no-text':
      return t('app_no_text');
    case 'text-too-long':
      return t('app_text_too_long', megabytes(MAX_APPLICATION_BYTES, 0));
    case 'excel':
      return t('app_excel');
    case 'powerpoint':
      return t('app_powerpoint');
    case 'zip-not-word':
      return t('app_zip_not_word');
    case 'png':
      return t('app_png');
    case 'jpeg':
      return t('app_jpeg');
    case 'gif':
      return t('app_gif');
    case 'old-word':
      return t('app_old_word');
    case 'rtf':
      return t('app_rtf');
    case 'tiff':
      return t('app_tiff');
    case 'binary':
      return t('app_binary');
    case 'named-pdf':
      return t('app_named_pdf');
    case 'named-docx':
      return t('app_named_docx');
    case 'not-utf8':
      return t('app_not_utf8');
    case 'docx-too-big':
      return t('app_docx_too_big', megabytes(failure.max, 0));
    case 'docx-too-many-parts':
      return t('app_docx_too_many_parts', String(failure.max));
    case 'docx-bad-part-name':
      return t('app_docx_bad_part_name');
    case 'docx-damaged':
      return t('app_docx_damaged');
    case 'docx-too-deep':
      return t('app_docx_too_deep');
    case 'docx-error':
      return t('app_docx_error', failure.detail);
    case 'docx-no-text':
      return t('app_docx_no_text');
    case 'pdf-password':
      return t('app_pdf_password');
    case 'pdf-too-deep':
      return t('app_pdf_too_deep');
    case 'pdf-error':
      return t('app_pdf_error', failure.detail);
    case 'pdf-no-text':
      return t('app_pdf_no_text');
    case 'json-invalid':
      return t('app_json_invalid', failure.detail);
    case 'json-not-resume':
      return failure.field ? t('app_json_not_resume_at', [failure.field, failure.detail]) : t('app_json_not_resume', failure.detail);
    case 'json-no-sections':
      return t('app_json_no_sections');
    case 'too-slow':
      return tn('app_too_slow', failure.seconds);
    case 'reader-stopped':
      return t('app_reader_stopped');
    case 'reader-error':
      return t('app_reader_error', failure.detail);
    default:
      // A reason this page does not know (a reply from elsewhere than its reader): it says the reader stopped.
      return t('app_reader_stopped');
  }
}

/** How much of a library's message a failure repeats (a JSON Resume's wrong value can be megabytes long). */
const DETAIL_CHARS = 200;

/**
 * A failure as the reading worker sent it, made safe to show: its numbers numbers, its texts cut,
 * and an unknown or malformed reason read as "the reader stopped".
 */
export function failureFromWorker(sent: unknown): ReadFailure {
  const x = (sent ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '').slice(0, DETAIL_CHARS);
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  const known = new Set<string>(KNOWN_REASONS);
  if (typeof x.why !== 'string' || !known.has(x.why)) return { why: 'reader-stopped' };
  return { ...(x as ReadFailure), ...('detail' in x ? { detail: text(x.detail) } : {}), ...('field' in x ? { field: text(x.field) } : {}), ...('bytes' in x ? { bytes: count(x.bytes) } : {}), ...('max' in x ? { max: count(x.max) } : {}), ...('seconds' in x ? { seconds: count(x.seconds) } : {}) } as ReadFailure;
}

const KNOWN_REASONS: readonly ReadFailure['why'][] = [
  'too-large', 'empty-file', 'no-text', 'text-too-long', 'excel', 'powerpoint', 'zip-not-word', 'png', 'jpeg', 'gif', 'old-word', 'rtf', 'tiff', 'binary',
  'named-pdf', 'named-docx', 'not-utf8', 'docx-too-big', 'docx-too-many-parts', 'docx-bad-part-name', 'docx-damaged', 'docx-too-deep', 'docx-no-text',
  'pdf-password', 'pdf-too-deep', 'pdf-no-text', 'json-no-sections', 'reader-stopped', 'docx-error', 'pdf-error', 'json-invalid', 'reader-error',
  'json-not-resume', 'too-slow',
];

/**
 * An ApplicationError that keeps its reason as data, for the page to say in its own words. (Made in
 * the worker, which has no words, its message is only the key: the page makes it again from `failure`.)
 */
export class ReadError extends ApplicationError {
  readonly failure: ReadFailure;
  constructor(code: ApplicationErrorCode, failure: ReadFailure) {
    super(code, failureText(failure));
    this.failure = failure;
  }
}
