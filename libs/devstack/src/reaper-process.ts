/**
 * The parent-death reaper, run as its own process (`node reaper-process.js`) in its own process group by the
 * orchestrator (npm start, cluster:start). It reads lines on stdin, the read end of a pipe whose write end only
 * the orchestrator holds: `watch <pid>` adds a child's process group, `forget <pid>` drops it, `exit` ends the
 * reaper quietly (a clean stop). When stdin closes without `exit`, the orchestrator is gone, however it died
 * (kill -9 included: the kernel closes its end of the pipe), and the reaper stops every watched group: SIGINT
 * (a fast, clean shutdown for PostgreSQL, Temporal and the Node apps alike), then SIGKILL after the grace time.
 * Only Node built-ins here: it must start in a few milliseconds and depend on nothing that can fail to load.
 */
import { readFileSync } from 'node:fs';

const GRACE_MS = Number(process.env.KC_REAPER_GRACE_MS ?? 8000);
const watched = new Set<number>();
let released = false;
let reaping = false;

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Alive and not a zombie (a container's PID 1 may never reap an orphan, which then lingers as a zombie). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) said it exists
  }
}

async function reap(): Promise<void> {
  if (released || reaping) return;
  reaping = true;
  const pids = [...watched];
  for (const pid of pids) signalGroup(pid, 'SIGINT');
  const deadline = Date.now() + GRACE_MS;
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const pid of pids.filter(isAlive)) signalGroup(pid, 'SIGKILL');
  process.exit(0);
}

function handle(line: string): void {
  const [command, argument] = line.trim().split(/\s+/);
  const pid = Number(argument);
  if (command === 'watch' && Number.isInteger(pid) && pid > 1) watched.add(pid);
  else if (command === 'forget') watched.delete(pid);
  else if (command === 'exit') {
    released = true;
    process.exit(0);
  }
}

// The terminal's Ctrl-C and a hang-up go to the orchestrator, which stops the stack in order and then says `exit`.
for (const signal of ['SIGINT', 'SIGHUP', 'SIGTERM'] as const) process.on(signal, () => undefined);
let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  pending += chunk;
  let newline: number;
  while ((newline = pending.indexOf('\n')) >= 0) {
    handle(pending.slice(0, newline));
    pending = pending.slice(newline + 1);
  }
});
process.stdin.on('end', () => void reap());
process.stdin.on('error', () => void reap());
