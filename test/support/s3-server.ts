/**
 * A real S3-compatible server for the attachment store's tests: SeaweedFS (`weed server -s3`), built by
 * `npm run setup` (scripts/install-s3-server.mjs) into ~/.cache/khuyencong-flow, started on free ports with a data
 * folder of its own, stopped and removed after the suite.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

const INSTALLER = readFileSync(join(__dirname, '..', '..', 'scripts', 'install-s3-server.mjs'), 'utf8');
const VERSION = /const VERSION = '([^']+)'/.exec(INSTALLER)![1];

export function seaweedBinary(): string {
  const explicit = process.env.SEAWEEDFS_PATH?.trim();
  const cacheHome = process.env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
  const path = explicit || join(cacheHome, 'khuyencong-flow', `seaweedfs-${VERSION}`, 'weed');
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `SeaweedFS ${VERSION} is not built (${path}): run \`node scripts/install-s3-server.mjs\` (part of npm run setup)`,
    );
  }
  return path;
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
  throw new Error('no free port pair for SeaweedFS');
}

export interface S3Server {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<S3Server> {
  const binary = seaweedBinary();
  const dir = mkdtempSync(join(tmpdir(), 'kc-seaweedfs-'));
  const taken = new Set<number>();
  const [master, volume, filer, s3] = [
    await freePortPair(taken),
    await freePortPair(taken),
    await freePortPair(taken),
    await freePortPair(taken),
  ];
  const child: ChildProcess = spawn(
    binary,
    [
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
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    endpoint: `http://127.0.0.1:${s3}`,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
    get log() {
      return output;
    },
  } as S3Server;
}
