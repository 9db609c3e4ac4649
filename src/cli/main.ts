// `telltale <command>`: the command-line entry point (bin/telltale.js loads this through tsx).
import { SCAN_USAGE, runScan } from './scan.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const USAGE = `Usage: telltale <command> [options]

Commands:
  scan PATH... [--json] [--now YYYY-MM-DD] [--region CC] [--structure]
      Read saved LinkedIn pages (.html files, or folders searched recursively) and print, for each,
      the layout recognised, what was read and the findings.

Run "telltale scan --help" for the scan options.
`;

/** Runs the CLI; resolves to the process exit code (0 all read, 2 a page could not be read or bad arguments). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'scan') return runScan(rest, io);
  io.err(`telltale: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

export { SCAN_USAGE };
