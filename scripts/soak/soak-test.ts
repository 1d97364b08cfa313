/**
 * npm run test:soak [-- --short]: the chaos soak. Starts a stack of its own (embedded PostgreSQL on a free port,
 * Temporal on a SQLite file, a mail catcher, the worker and the API), sets a compressed-year deadline policy, then
 * N clients walk the projects through their year while the chaos script kills -9 the worker, the Temporal server
 * and PostgreSQL in turn at random moments and starts each again on the same data. Afterwards: every acknowledged
 * write found exactly once, every notice due mailed exactly once, `reconcile` with 0 differences; the figures are
 * printed, written to test-output/soak-report.{json,md} and, for a full run, to docs/RELIABILITY.md.
 * Exit code 0: all of that holds; 1: it does not; 2: the soak could not be run.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { localDayOf } from '@kc/domain';
import { prefixedLog } from '@kc/devstack';
import { seededRandom } from '../load/client-mix';
import { TimedApiClient } from '../load/http-client';
import { runWithStack } from '../load/run-with-stack';
import { LOAD_PROVINCES, signIn } from '../load/project-setup';
import { DEMO_PASSWORD } from '../demo-users';
import { runChaos } from './chaos';
import { checkNotices, countDueUnsent } from './notice-check';
import { runReconcile } from './reconcile-run';
import { writeUntilSettled } from './retrying-write';
import { runSoakClient } from './soak-client';
import { SoakLedger, SoakProject } from './soak-ledger';
import { parseSoakOptions } from './soak-options';
import { compressedYearPolicy } from './soak-policy';
import { SoakFigures, failuresOf, formatFigures, writeFiguresFiles, writeReliabilitySection } from './soak-report';
import { startSoakStack } from './soak-stack';
import { verifyWrites } from './soak-verification';

const log = prefixedLog('soak', 'magenta');
const ROOT = join(__dirname, '..', '..', '..');
const GIVE_UP_AFTER_MS = 5 * 60_000;

async function main(held: (stack: { stop(): Promise<string[]> }) => void): Promise<number> {
  const options = parseSoakOptions(process.argv.slice(2));
  const startedAt = new Date();
  const started = performance.now();
  const loadAverageAtStart = loadavg()[0];
  const runId = randomBytes(3).toString('hex').toUpperCase();
  log(
    `${options.short ? 'short' : 'full'} soak ${runId}: ${options.projects} projects, ${options.clients} clients, ` +
      `${options.runSeconds} s of kills; logs in test-output/soak-*.log`,
  );
  const stack = await startSoakStack(join(ROOT, 'test-output'), log);
  held(stack);

  const policy = compressedYearPolicy(options.quarterSeconds);
  const admin = await TimedApiClient.login(stack.apiUrl, 'admin@demo.local', DEMO_PASSWORD);
  const saved = await admin.put('/admin/deadline-policies/DEFAULT', policy);
  if (saved.status !== 200) throw new Error(`the policy was refused: ${saved.status} ${JSON.stringify(saved.body)}`);
  const logins = await signIn(stack.apiUrl);

  const provinceOfClient = (client: number) => LOAD_PROVINCES[client % LOAD_PROVINCES.length];
  const ledger = new SoakLedger(options.projects + 1, runId, (i) =>
    i === options.projects ? 'HN' : provinceOfClient(i % options.clients),
  );
  const probe = ledger.projects[options.projects];
  await contractProbe(probe, logins.get('HN')!, runId, ledger);
  const projects = ledger.projects.slice(0, options.projects);

  log('running');
  const runStartedAt = performance.now();
  const endsAt = runStartedAt + options.runSeconds * 1000;
  const reads = { ok: 0, failed: 0 };
  const [kills] = await Promise.all([
    runChaos({
      stack,
      probe: { client: logins.get('HN')!.officer, project: probe },
      ledger,
      runId,
      random: seededRandom(options.seed + 1000),
      gapSeconds: options.killGapSeconds,
      downSeconds: [2, 8],
      endsAt,
      maxKills: options.maxKills,
      runStartedAt,
      log,
    }),
    ...Array.from({ length: options.clients }, (_, index) =>
      runSoakClient({
        index,
        runId,
        logins: logins.get(provinceOfClient(index))!,
        projects: projects.filter((p) => p.index % options.clients === index),
        createAt: (p) => runStartedAt + (p.index / options.projects) * options.createOverSeconds * 1000,
        quarterMs: options.quarterSeconds * 1000,
        endsAt,
        giveUpAfterMs: GIVE_UP_AFTER_MS,
        random: seededRandom(options.seed + index),
        ledger,
        reads,
      }),
    ),
  ]);
  const runSeconds = round1((performance.now() - runStartedAt) / 1000);
  // Notices are checked up to the end of the run: what falls due later may still be on its way at the check.
  const cutoff = new Date();
  log(`clients and kills over after ${runSeconds} s; ${options.settleSeconds} s to settle`);
  await new Promise((resolve) => setTimeout(resolve, options.settleSeconds * 1000));
  const drainSeconds = await waitForDueNotices(stack.databaseUrl, policy, cutoff, options.drainLimitSeconds);

  const verificationStarted = performance.now();
  const runPrefix = `SOAK-${runId}-`;
  const writeCheck = await verifyWrites(ledger, runPrefix, stack);
  log('writes checked; reconcile');
  const reconcile = await runReconcile(stack);
  log(`reconcile: ${reconcile.summary}; stopping the worker for the notice check`);
  await stack.stopWorker();
  const workerKillsAt = kills.filter((k) => k.component === 'worker').map((k) => k.atEpochMs);
  const notices = await checkNotices(stack.databaseUrl, stack.mailDir, policy, cutoff, workerKillsAt);

  const partial: Omit<SoakFigures, 'failures' | 'passed'> = {
    startedAt: startedAt.toISOString().replace(/\.\d+Z$/, 'Z'),
    options,
    machine: { cpus: cpus().length, loadAverageAtStart, loadAverageAtEnd: loadavg()[0], node: process.versions.node },
    seconds: {
      total: round1((performance.now() - started) / 1000),
      run: runSeconds,
      drain: drainSeconds,
      verification: round1((performance.now() - verificationStarted) / 1000),
    },
    projects: {
      planned: options.projects,
      created: projects.filter((p) => p.createOutcome === 'acknowledged').length,
      contracted: projects.filter((p) =>
        p.actions.some((a) => a.action === 'sign_contract' && a.outcome === 'acknowledged'),
      ).length,
    },
    writes: ledger.tally,
    settleMs: ledger.settleMs,
    reads,
    refusals: Object.fromEntries(ledger.refusals),
    kills,
    unplannedExits: stack.unplannedExits(),
    writeCheck,
    notices,
    reconcile,
  };
  const failures = failuresOf(partial);
  const figures: SoakFigures = { ...partial, failures, passed: failures.length === 0 };
  const name = options.short ? 'soak-short-report' : 'soak-report';
  writeFiguresFiles(figures, join(ROOT, 'test-output', `${name}.json`), join(ROOT, 'test-output', `${name}.md`));
  process.stdout.write(formatFigures(figures));
  for (const problem of [...writeCheck.problems, ...notices.problems]) log(`problem: ${problem}`);
  for (const [refusal, { count, example }] of ledger.refusals) log(`refused ${count}× ${refusal}: ${example}`);
  for (const exit of figures.unplannedExits) log(`unplanned exit: ${exit}`);
  if (options.writeDocs) {
    writeReliabilitySection(join(ROOT, 'docs', 'RELIABILITY.md'), figures);
    log('figures written to docs/RELIABILITY.md');
  }
  log(figures.passed ? 'passed' : `FAILED: ${failures.join('; ')}`);
  return figures.passed ? 0 : 1;
}

/** The probe project, walked to CONTRACTED before the run: the chaos script's writes go to it. */
async function contractProbe(
  probe: SoakProject,
  logins: { officer: TimedApiClient; approver: TimedApiClient },
  runId: string,
  ledger: SoakLedger,
): Promise<void> {
  let step = 0;
  const send = async (client: TimedApiClient, path: string, body: Record<string, unknown>) => {
    const result = await writeUntilSettled(client, path, body, `soak-${runId}-probe-setup-${++step}`, 60_000);
    if (result.outcome !== 'acknowledged') {
      throw new Error(`probe setup: ${path} ${String(body.action ?? 'create')} answered ${result.last.status}`);
    }
    return result.last.body;
  };
  const today = localDayOf(new Date().toISOString());
  const created = await send(logins.officer, '/projects', {
    scope: 'LOCAL',
    provinceCode: 'HN',
    category: 'MACHINERY',
    title: `${probe.token}: đề án thăm dò của thử bền`,
    implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
    beneficiary: 'HTX thăm dò',
    totalCostVnd: 450_000_000,
    requestedSupportVnd: 135_000_000,
    plannedStart: '2026-03-01',
    plannedEnd: '2027-11-30',
  });
  probe.createOutcome = 'acknowledged';
  probe.id = created.id;
  probe.code = created.code;
  probe.workflowId = created.workflowId;
  ledger.count('create', 'acknowledged', 0);
  for (const [client, body] of [
    [logins.officer, { action: 'submit' }],
    [logins.officer, { action: 'open_appraisal' }],
    [
      logins.approver,
      { action: 'approve', approvedSupportVnd: 135_000_000, decisionNo: '1/QĐ-THĂM-DÒ', decisionDate: today },
    ],
    [logins.officer, { action: 'sign_contract', contractNo: '1/HĐ-THĂM-DÒ', contractDate: today }],
    // A machinery advance waits for a progress report the Department certified above 70% (TT 36 Art. 12).
    [logins.officer, { action: 'certify_progress', progressPercent: 75, reportDate: today }],
  ] as const) {
    await send(client, `/projects/${probe.id}/actions`, body);
    probe.actions.push({ action: body.action, outcome: 'acknowledged' });
    ledger.count('action', 'acknowledged', 0);
  }
}

/** Seconds until every notice due by the cutoff is in the log as sent, or the limit (the notice check then fails). */
async function waitForDueNotices(
  databaseUrl: string,
  policy: ReturnType<typeof compressedYearPolicy>,
  cutoff: Date,
  limitSeconds: number,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    const unsent = await countDueUnsent(databaseUrl, policy, cutoff);
    const waited = round1((performance.now() - started) / 1000);
    if (unsent === 0) {
      log(`every notice due by the end of the run is sent (${waited} s after the settle)`);
      return waited;
    }
    if (waited >= limitSeconds) {
      log(`${unsent} notices due by the end of the run still unsent after ${waited} s`);
      return waited;
    }
    log(`${unsent} notices due by the end of the run not sent yet; waiting`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

runWithStack(log, main);
