import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type PrefixColor = 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'gray';

const ANSI: Record<PrefixColor, number> = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90 };

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

export function formatPrefix(name: string, color: PrefixColor, colored = useColor()): string {
  return colored ? `\x1b[${ANSI[color]}m[${name}]\x1b[0m` : `[${name}]`;
}

/** A log function that writes each line with a `[name]` prefix. */
export function prefixedLog(name: string, color: PrefixColor): (line: string) => void {
  const prefix = formatPrefix(name, color);
  return (line) => process.stdout.write(`${prefix} ${line}\n`);
}

/** Calls onLine for every line of the stream (a last line without a newline included). */
export function forwardLines(stream: Readable | null | undefined, onLine: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (line.trim()) onLine(line);
  });
}

export interface SpawnPrefixedOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  color: PrefixColor;
}

/**
 * Starts a child whose stdout and stderr appear line by line behind a coloured `[name]` prefix.
 * The child gets its own process group (detached), so a terminal Ctrl-C reaches only the orchestrator,
 * which then stops the children in its own order.
 */
export function spawnPrefixed(
  name: string,
  command: string,
  args: string[],
  options: SpawnPrefixedOptions,
): ChildProcess {
  const env = { ...(options.env ?? process.env) };
  // Children write to our pipe, not a terminal: let them colour only when we do (Nest honours NO_COLOR).
  if (!useColor()) env.NO_COLOR ??= '1';
  const child = spawn(command, args, {
    env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = prefixedLog(name, options.color);
  forwardLines(child.stdout, log);
  forwardLines(child.stderr, log);
  return child;
}

/** Exited, or never started (spawn failed: no pid, and no 'exit' event will come). */
export function hasExited(child: ChildProcess): boolean {
  return child.pid === undefined || child.exitCode !== null || child.signalCode !== null;
}

/** Resolves once the child has exited (at once when it already has). */
export function waitForExit(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM (or the given signal), then SIGKILL when the child is still there after graceMs. Resolves once it has exited. */
export async function stopProcess(
  child: ChildProcess,
  graceMs = 10000,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (hasExited(child)) return;
  const exited = waitForExit(child);
  child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), graceMs);
  });
  const late = await Promise.race([exited.then(() => false), timedOut]);
  clearTimeout(timer);
  if (late) {
    child.kill('SIGKILL');
    await exited;
  }
}
