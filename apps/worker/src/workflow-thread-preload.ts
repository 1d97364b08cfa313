/**
 * Loaded with `node --require` before the worker's main.js (see `workerNodeArgs` in @kc/config), so that Node loads
 * it again in each thread the process starts: the Temporal SDK runs workflows in worker threads, which inherit the
 * process's `--require`. The main thread (activities, the SDK's core) is untouched.
 *
 * Why: in each workflow thread the SDK (1.24) hooks every promise a workflow creates and captures its stack, mapped
 * frame by frame through the bundle's source map, only to answer the stack-trace query of the Temporal UI
 * (temporalio/sdk-typescript#1587). That was a third of the workflow code's CPU per workflow task here
 * (`node dist/bench/replay-cpu.js`). Without the hook the query answers that stack traces are not enabled; errors
 * thrown in workflow code keep their stacks, and nothing recorded in a history changes.
 *
 * Only the SDK's own hook is left out: Node's async hooks, which carry the workflow's cancellation scopes through
 * its promises, stay as they are. WORKER_STACK_TRACES=true starts the worker without this file.
 */
import { isMainThread } from 'node:worker_threads';
import { leaveOutWorkflowStackCapture } from './workflow-stack-capture';

if (!isMainThread) leaveOutWorkflowStackCapture();
