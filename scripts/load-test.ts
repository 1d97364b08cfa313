/**
 * npm run test:load [-- --stack dev|cluster --clients 50 --duration 60]: starts its own stack on free ports (`dev`:
 * like `npm start`; `cluster`: like `npm run cluster:start`, see scripts/load/load-stack.ts), creates
 * the load projects through the API, runs N clients for D seconds over a mix of reads, advances and report
 * submissions, then checks every acknowledged write against the read model and the workflows, prints one table,
 * writes it as JSON to test-output/load-report.json and stops everything it started.
 * Exit code 0: no 5xx, no request without an answer, no unexpected refusal, nothing lost or doubled; 1 otherwise
 * (also when an API, a worker or the Temporal server died during the run); the action latency's target (issue 16) is
 * reported, never a failure. 2: the run could not be made (the stack did not start,
 * the setup failed).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { prefixedLog } from '@kc/devstack';
import { newRefusalTally, runClient, seededRandom } from './load/client-mix';
import { LatencyRecorder } from './load/latency-recorder';
import { buildReport, formatReport, writeReportFile } from './load/load-report';
import { startLoadStack } from './load/load-stack';
import { parseLoadOptions } from './load/options';
import { runWithStack } from './load/run-with-stack';
import { LOAD_PROVINCES, createLoadProjects, signIn } from './load/project-setup';
import { verifyRun } from './load/verification';
import { WriteLedger } from './load/write-ledger';

const log = prefixedLog('load', 'green');
const ROOT = join(__dirname, '..', '..');

async function main(held: (stack: { stop(): Promise<string[]> }) => void): Promise<number> {
  const options = parseLoadOptions(process.argv.slice(2));
  const startedAt = new Date();
  const loadAverageAtStart = loadavg();
  const runId = randomBytes(4).toString('hex');
  log(
    `starting the ${options.stack} stack (logs in test-output/load-*.log); ` +
      `${options.clients} clients × ${options.durationSeconds} s`,
  );
  const stack = await startLoadStack(options.stack, join(ROOT, 'test-output'), log);
  held(stack);

  const setupStarted = performance.now();
  const logins = await signIn(stack.apiUrl);
  const projects = await createLoadProjects(options.clients * options.projectsPerClient, runId, logins, log);
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  log(`${projects.length} projects in CONTRACTED with a report in, in ${setupSeconds.toFixed(1)} s; running`);

  const recorder = new LatencyRecorder();
  const ledger = new WriteLedger(projects);
  const refusals = newRefusalTally();
  const runStarted = performance.now();
  const endsAt = runStarted + options.durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, (_, index) => {
      const province = LOAD_PROVINCES[index % LOAD_PROVINCES.length];
      const { officer, reporter } = logins.get(province)!;
      return runClient({
        index,
        runId,
        officer,
        reporter,
        projects: projects.filter((p) => p.provinceCode === province),
        random: seededRandom(options.seed + index),
        retryPercent: options.retryPercent,
        endsAt,
        recorder,
        ledger,
        refusals,
      });
    }),
  );
  const runSeconds = (performance.now() - runStarted) / 1000;
  const loadAverageAtEnd = loadavg();
  const crash = stack.crashed();
  if (crash) {
    log(`FAILED: ${crash}`);
    return 1;
  }
  log(`run over after ${runSeconds.toFixed(1)} s; verifying`);

  const verification = await verifyRun(ledger, stack);
  const report = buildReport({
    startedAt,
    options,
    loadAverageAtStart,
    loadAverageAtEnd,
    cpus: cpus().length,
    setupSeconds,
    runSeconds,
    recorder,
    refusals,
    verification,
  });
  const reportFile = resolve(ROOT, options.reportFile);
  writeReportFile(report, reportFile);
  process.stdout.write(formatReport(report));
  log(`report written to ${reportFile}`);
  return report.passed ? 0 : 1;
}

runWithStack(log, main);
