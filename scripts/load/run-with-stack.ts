/**
 * How the load test and the soak run: `main` starts a stack and says what it holds through `held`; on its end
 * (exit code 0, 1, or 2 when it threw) or on SIGINT/SIGTERM (130) the stack is stopped before the process exits.
 */
export function runWithStack(
  log: (line: string) => void,
  main: (held: (stack: { stop(): Promise<string[]> }) => void) => Promise<number>,
): void {
  let stack: { stop(): Promise<string[]> } | undefined;
  const stopStack = async (): Promise<void> => {
    const running = stack;
    stack = undefined;
    if (!running) return;
    log('stopping the stack');
    const problems = await running.stop();
    for (const problem of problems) log(`could not stop cleanly: ${problem}`);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      void stopStack().then(() => process.exit(130));
    });
  }
  void main((started) => (stack = started))
    .catch((err) => {
      log(`LỖI / ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return 2;
    })
    .then(async (code) => {
      await stopStack();
      process.exit(code);
    });
}
