// `telltale <command>`: the command-line entry point (bin/telltale.js loads this through tsx).
import { readFileSync } from 'node:fs';
import { setMessages, type MessageTable } from '../i18n.ts';
import type { Io } from './args.ts';

export const USAGE = `Usage: telltale <command> [options]

Commands:
  scan PATH... [--json] [--now YYYY-MM-DD] [--region CC] [--structure]
      Read saved LinkedIn pages (.html files, or folders searched recursively) and print, for each,
      the layout recognised, what was read and the findings.

  compare PROFILE.html APPLICATION.(pdf|docx|txt|json) [--json] [--now YYYY-MM-DD] [--region CC]
      Read a saved profile page and the candidate's application, and print the application as read
      and every disagreement between the two.

  hub [--data DIR | --database postgres://…] [--port N] [--host H] [--log-level LEVEL]
      Start the team hub (an HTTP API; embedded PostgreSQL by default; JSON log on stderr).
  hub team create NAME [--data DIR | --database URL] [--url ORIGIN]
      Create a team and print its first admin's enrolment code (the team key is only in it).
  hub invite --code ADMIN_CODE|- [--role member|admin] [--name LABEL]
  hub revoke --code ADMIN_CODE|- --member MEMBER_ID
      Invite a member (prints their enrolment code) or revoke one, over HTTP. "--code -" reads
      the admin's code from stdin, and without --code it comes from $TELLTALE_HUB_CODE.

Run "telltale scan --help", "telltale compare --help" or "telltale hub --help" for the options.
`;

/** Runs the CLI; resolves to the process exit code (0 all read, 2 a page could not be read or bad arguments). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // No browser here to pick a language: the CLI speaks English.
  setMessages(JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as MessageTable);
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  // Each command loads only what it needs: the page readers and résumé parsers are ~90 MB of a
  // long-running hub's memory otherwise.
  if (command === 'scan') return (await import('./scan.ts')).runScan(rest, io);
  if (command === 'compare') return (await import('./compare.ts')).runCompare(rest, io);
  if (command === 'hub') {
    // The hub is a room of its own (hub/); loaded only for this command, so scan and compare never load a server.
    const { runHub } = await import('../../hub/cli.ts');
    return runHub(rest, io);
  }
  io.err(`telltale: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}
