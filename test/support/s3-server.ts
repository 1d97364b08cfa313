/**
 * A real S3-compatible server for the attachment store's tests, started on a free port with nothing of the machine's:
 * by default tools/s3-fake (gofakes3 in a small Go main, built by `npm run setup` through
 * scripts/install-s3-server.mjs into ~/.cache/khuyencong-flow); with SEAWEEDFS_PATH set, SeaweedFS (`weed server -s3`,
 * built by scripts/install-seaweedfs.mjs) in a temporary folder. Stopped, and its folder removed, after the suite.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function executable(path: string, hint: string): string {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`the S3 test server is not built (${path}): ${hint}`);
  }
  return path;
}

/** Where scripts/install-s3-server.mjs puts tools/s3-fake (the same digest of its sources). */
function s3FakeBinary(): string {
  const explicit = process.env.S3_FAKE_PATH?.trim();
  if (explicit) return executable(explicit, 'S3_FAKE_PATH names no executable');
  const tool = join(ROOT, 'tools', 's3-fake');
  const digest = createHash('sha256')
    .update(['go.mod', 'go.sum', 'main.go'].map((f) => readFileSync(join(tool, f), 'utf8')).join('\0'))
    .digest('hex')
    .slice(0, 12);
  const cacheHome = process.env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
  return executable(
    join(cacheHome, 'khuyencong-flow', `s3-fake-${digest}`, 's3-fake'),
    'run `node scripts/install-s3-server.mjs` (part of npm run setup)',
  );
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port p where p and p + 10000 (SeaweedFS's gRPC port beside each HTTP port) are both free. */
async function freePortPair(taken: Set<number>): Promise<number> {
  for (let i = 0; i < 200; i += 1) {
    const port = 20000 + Math.floor(Math.random() * 25000);
    if (taken.has(port) || taken.has(port + 10000)) continue;
    if ((await portFree(port)) && (await portFree(port + 10000))) {
      taken.add(port).add(port + 10000);
      return port;
    }
  }
  throw new Error('no free port pair for the S3 test server');
}

export interface S3Server {
  /** Which server: gofakes3 or SeaweedFS. */
  kind: 'gofakes3' | 'seaweedfs';
  endpoint: string;
  /** The last lines it printed (for a failure message). */
  output(): string;
  stop(): Promise<void>;
}

function seaweedArgs(dir: string, [master, volume, filer, s3]: number[]): string[] {
  return [
    'server',
    `-dir=${dir}`,
    '-ip=127.0.0.1',
    '-ip.bind=127.0.0.1',
    `-master.port=${master}`,
    '-master.volumeSizeLimitMB=64',
    `-volume.port=${volume}`,
    '-volume.max=4',
    '-filer',
    `-filer.port=${filer}`,
    '-s3',
    `-s3.port=${s3}`,
  ];
}

export async function startS3Server(): Promise<S3Server> {
  const seaweed = process.env.SEAWEEDFS_PATH?.trim();
  const taken = new Set<number>();
  const dir = mkdtempSync(join(tmpdir(), 'kc-s3-'));
  let child: ChildProcess;
  let port: number;
  if (seaweed) {
    const ports = [];
    for (let i = 0; i < 4; i += 1) ports.push(await freePortPair(taken));
    port = ports[3];
    child = spawn(executable(seaweed, 'SEAWEEDFS_PATH names no executable'), seaweedArgs(dir, ports), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } else {
    port = await freePortPair(taken);
    child = spawn(s3FakeBinary(), [`-addr=127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  }
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    kind: seaweed ? 'seaweedfs' : 'gofakes3',
    endpoint: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
