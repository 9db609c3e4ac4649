// The options page's words that depend on an answer, pure for the unit tests.

/** The parts of the page that each say what happened beside their own control. */
export type OptionsArea = 'region' | 'quiet' | 'signals' | 'retention' | 'destinations' | 'email' | 'webhook' | 'data';

/** "Send test": what the server answered, in plain words (the status code kept for whoever runs the server). */
export function testAnswerLine(answer: { status: number | null; error: string | null }): { text: string; error: boolean } {
  if (answer.error) return { text: `Test failed: ${answer.error}`, error: true };
  return { text: `Test sent: the server answered ${answer.status ?? 'with no status'}, so reports will reach it.`, error: false };
}
