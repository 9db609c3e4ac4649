// A throwaway PostgreSQL server for the hub's tests: initdb into a temp folder, pg_ctl start on
// 127.0.0.1 at a free port with its Unix socket in that folder, every wait bounded; stop() stops
// it and deletes the folder. As root, the binaries run as the `postgres` user (initdb refuses root).
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Cluster {
  url: (database?: string) => string;
  stop: () => Promise<void>;
  /** Stops the server and keeps its data (a fault test), or starts it again on the same port. */
  pause: () => Promise<void>;
  resume: () => Promise<void>;
}

/** The folder of initdb and pg_ctl: Debian's newest /usr/lib/postgresql/<ver>/bin, else $PATH; null when there is none. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function idsOf(user: string): Promise<{ uid: number; gid: number }> {
  const uid = Number((await run('id', ['-u', user], { timeout: 5_000 })).stdout.trim());
  const gid = Number((await run('id', ['-g', user], { timeout: 5_000 })).stdout.trim());
  return { uid, gid };
}

export async function startCluster(bin: string): Promise<Cluster> {
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'telltale-pg-'));
  const data = join(dir, 'data');
  const as = async (cmd: string, args: string[], timeout: number) =>
    root ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { timeout }) : run(join(bin, cmd), args, { timeout });
  if (root) {
    const { uid, gid } = await idsOf('postgres');
    chownSync(dir, uid, gid);
  }
  const stop = async () => {
    await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '10', 'stop'], 15_000).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync'], 60_000);
    const port = await freePort();
    const start = () =>
      as(
        'pg_ctl',
        ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, 'start'],
        40_000,
      );
    await start();
    const pause = async () => {
      await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '10', 'stop'], 15_000);
    };
    return { url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`, stop, pause, resume: async () => void (await start()) };
  } catch (e) {
    await stop();
    throw e;
  }
}
