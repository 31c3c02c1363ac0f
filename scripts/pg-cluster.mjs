// A throwaway PostgreSQL cluster on a free 127.0.0.1 port, for the engine
// tests and bench:engine: Debian's binaries (or PG_BIN), initdb with trust
// auth, started with pg_ctl, removed on stop. PostgreSQL refuses to run as
// root, so under root the folders belong to the `postgres` user and the
// binaries run as that user.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/** The folder holding initdb and pg_ctl: PG_BIN, Debian's newest /usr/lib/postgresql/N/bin, or the PATH. */
export function findPgBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(root, versions[0], 'bin');
  }
  try {
    return path.dirname(execFileSync('which', ['pg_ctl'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error('PostgreSQL was not found: install it (Debian: apt-get install -y postgresql) or set PG_BIN to the folder holding pg_ctl.');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster; resolves to { host, port, user, database, stop() }. */
export async function startCluster() {
  const bin = findPgBin();
  const root = mkdtempSync(path.join(tmpdir(), 'kpi-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) chownSync(root, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
  const run = (tool, args) => {
    const file = path.join(bin, tool);
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
    return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  const data = path.join(root, 'data');
  const log = path.join(root, 'log.txt');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'kpi', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_parallel_workers_per_gather=0`, '-l', log, '-w', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  return { host: '127.0.0.1', port, user: 'kpi', database: 'postgres', root, stop };
}
