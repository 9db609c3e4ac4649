// The shapes of what is kept and also travels in messages: a review's outcome and a comparison with
// an application. Checked by the worker when a message brings one and by the import
// (src/data/export.ts) when a file does, so both read them from here.
import * as v from 'valibot';

export const ReviewOutcomeSchema = v.picklist(['cleared', 'needs-follow-up', 'reported']);
export type ReviewOutcome = v.InferOutput<typeof ReviewOutcomeSchema>;

const shortText = v.pipe(v.string(), v.maxLength(2_000));

/** The compare page's result, to keep with the profile: findings only, the contact as hashes, the text if asked. */
export const ComparisonSchema = v.object({
  source: v.picklist(['text', 'pdf', 'docx', 'json-resume']),
  fileName: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  findings: v.pipe(
    v.array(v.object({ id: shortText, signal: shortText, severity: v.picklist(['info', 'warn', 'alert']), title: shortText, evidence: v.pipe(v.string(), v.maxLength(4_000)) })),
    v.maxLength(100),
  ),
  notChecked: v.pipe(v.array(shortText), v.maxLength(40)),
  text: v.nullable(v.pipe(v.string(), v.maxLength(200_000))),
});
