// The SDK's handlers of the workflow threads: not part of its public API, pinned with the SDK's exact version.
import { globalHandlers } from '@temporalio/worker/lib/workflow/vm-shared';

interface StackCaptureHandlers {
  installed: boolean;
  setPromiseHook(): void;
}

/**
 * Keeps the SDK from installing its per-promise stack capture in this thread: its handlers' `setPromiseHook`
 * becomes a no-op before the workflow thread installs them. Returns false, changing nothing, once they are installed
 * (test/workflow/workflow-stack-capture.test.ts checks the worker process, so an upgrade cannot lose it silently).
 */
export function leaveOutWorkflowStackCapture(
  // `setPromiseHook` is private in the SDK's typings.
  handlers: StackCaptureHandlers = globalHandlers as unknown as StackCaptureHandlers,
): boolean {
  if (handlers.installed) return false;
  handlers.setPromiseHook = () => undefined;
  return true;
}
