// The options page's words that depend on an answer, pure for the unit tests.
import { t } from '../../src/i18n.ts';
import { shortDateTime } from '../../src/ui/dates.ts';

/** The parts of the page that each say what happened beside their own control. */
export type OptionsArea = 'region' | 'quiet' | 'signals' | 'retention' | 'destinations' | 'english' | 'email' | 'webhook' | 'team' | 'data';

/** "Send test": what the server answered, in plain words (the status code kept for whoever runs the server). */
export function testAnswerLine(answer: { status: number | null; error: string | null }): { text: string; error: boolean } {
  if (answer.error) return { text: t('opt_test_failed', answer.error), error: true };
  return { text: answer.status === null ? t('opt_test_sent_no_status') : t('opt_test_sent', answer.status), error: false };
}

/** "Connected to <team> as <member> (admin|member)": the member's label, or its id when it has none. */
export function teamConnectedLine(status: { name: string; member: string; label: string | null; role: 'admin' | 'member' }): string {
  return t('opt_team_connected', [status.name, status.label || status.member, status.role === 'admin' ? t('opt_team_role_admin') : t('opt_team_role_member')]);
}

/** When the hub last answered this browser, or why it could not be reached; null before the first question in this browser session. */
export function teamContactLine(contact: { at: string; error: string | null } | null): { text: string; error: boolean } | null {
  if (!contact) return null;
  if (contact.error) return { text: t('opt_team_last_failed', [shortDateTime(contact.at), contact.error]), error: true };
  return { text: t('opt_team_last_ok', shortDateTime(contact.at)), error: false };
}
