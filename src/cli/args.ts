// What the CLI's commands share: their input and output, their usage error, and the options
// `scan` and `compare` both take. The commands import it; the entry point (./main.ts) imports the
// commands, so nothing imports back up.

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface ScanOptions {
  paths: string[];
  json: boolean;
  now: Date | null;
  region: string | null;
  structure: boolean;
}

export class UsageError extends Error {}

export function parseScanArgs(args: readonly string[]): ScanOptions | 'help' {
  const opts: ScanOptions = { paths: [], json: false, now: null, region: null, structure: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const takeValue = (name: string): string => {
      const eq = arg.indexOf('=');
      if (eq >= 0) return arg.slice(eq + 1);
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') opts.json = true;
    else if (arg === '--structure') opts.structure = true;
    else if (arg === '--now' || arg.startsWith('--now=')) {
      const v = takeValue('--now');
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      const d = m ? new Date(`${v}T12:00:00Z`) : null;
      if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw new UsageError(`--now wants a date as YYYY-MM-DD, not "${v}"`);
      opts.now = d;
    } else if (arg === '--region' || arg.startsWith('--region=')) {
      const v = takeValue('--region');
      if (!/^[A-Za-z]{2}$/.test(v)) throw new UsageError(`--region wants a two-letter country code (ISO 3166-1 alpha-2), not "${v}"`);
      opts.region = v.toUpperCase();
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else opts.paths.push(arg);
  }
  if (opts.paths.length === 0) throw new UsageError('no PATH given');
  return opts;
}
