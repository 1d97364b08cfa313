/**
 * The soak's figures: one table printed and written to test-output, and for a full run also the "Chaos soak"
 * section of docs/RELIABILITY.md (between its markers, replaced on each full run; a short run never touches it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { summarise } from '../load/latency-recorder';
import type { KillRecord } from './chaos';
import { KILL_CUT_WINDOW_MS, type NoticeCheck } from './notice-check';
import type { ReconcileFigures } from './reconcile-run';
import type { SoakLedger } from './soak-ledger';
import type { SoakOptions } from './soak-options';
import type { SoakWriteCheck } from './soak-verification';

export interface SoakFigures {
  startedAt: string;
  options: SoakOptions;
  machine: { cpus: number; loadAverageAtStart: number; loadAverageAtEnd: number; node: string };
  seconds: { total: number; run: number; drain: number; verification: number };
  projects: { planned: number; created: number; contracted: number };
  writes: SoakLedger['tally'];
  settleMs: SoakLedger['settleMs'];
  reads: { ok: number; failed: number };
  refusals: Record<string, { count: number; example: string }>;
  kills: KillRecord[];
  unplannedExits: string[];
  writeCheck: SoakWriteCheck;
  notices: NoticeCheck;
  reconcile: ReconcileFigures;
  failures: string[];
  passed: boolean;
}

export const SECTION_BEGIN = '<!-- chaos-soak:begin (written by npm run test:soak; do not edit by hand) -->';
export const SECTION_END = '<!-- chaos-soak:end -->';

/** What makes the soak fail: anything lost, doubled, refused yet done, missing, or a component that never came back. */
export function failuresOf(f: Omit<SoakFigures, 'failures' | 'passed'>): string[] {
  const failures: string[] = [];
  const w = f.writeCheck;
  const lost = w.projects.lost + w.actions.lost + w.advances.lost + w.reports.lost;
  const doubled = w.projects.createdTwice + w.actions.doubled + w.advances.doubled + w.reports.doubled;
  const phantom = w.actions.phantom + w.advances.phantom + w.reports.phantom;
  if (lost) failures.push(`${lost} acknowledged writes not found`);
  if (doubled) failures.push(`${doubled} writes found more than once`);
  if (phantom) failures.push(`${phantom} writes refused (or never sent) yet found`);
  if (w.historyProblems) failures.push(`${w.historyProblems} projects whose history, row and workflow disagree`);
  if (w.workflowDisagreements)
    failures.push(`${w.workflowDisagreements} workflows disagree with the acknowledged advances`);
  if (f.notices.duplicates) failures.push(`${f.notices.duplicates} duplicate mails`);
  if (f.notices.missing) failures.push(`${f.notices.missing} notices due but not mailed`);
  if (f.notices.unlogged) failures.push(`${f.notices.unlogged} mails the notification log does not hold as sent`);
  if (f.reconcile.exitCode !== 0 || f.reconcile.differed !== 0) failures.push(`reconcile: ${f.reconcile.summary}`);
  const unrecovered = f.kills.filter((k) => k.recoverSeconds === null).length;
  if (unrecovered) failures.push(`${unrecovered} kills after which writes were never acknowledged again`);
  const components = new Set(f.kills.map((k) => k.component));
  if (components.size < 3) failures.push(`only ${[...components].join(', ') || 'no component'} killed`);
  const unknown = Object.values(f.writes).reduce((n, t) => n + t.unknown, 0);
  if (unknown) failures.push(`${unknown} writes without an answer after the client's retries`);
  return failures;
}

export function formatFigures(f: SoakFigures): string {
  const w = f.writeCheck;
  const t = f.writes;
  const ack = Object.values(t).reduce((n, x) => n + x.acknowledged, 0);
  const retries = Object.values(t).reduce((n, x) => n + x.retries, 0);
  const sentTotal = Object.values(f.notices.sentByKind).reduce((n, x) => n + x, 0);
  const deadlineKinds = ['REMINDER', 'OVERDUE', 'ESCALATION_1', 'ESCALATION_2', 'STALLED'];
  const deadline = deadlineKinds.map((k) => `${k} ${f.notices.sentByKind[k] ?? 0}`).join(', ');
  const handOff = sentTotal - deadlineKinds.reduce((n, k) => n + (f.notices.sentByKind[k] ?? 0), 0);
  const lost = w.projects.lost + w.actions.lost + w.advances.lost + w.reports.lost;
  const doubled = w.projects.createdTwice + w.actions.doubled + w.advances.doubled + w.reports.doubled;
  const phantom = w.actions.phantom + w.advances.phantom + w.reports.phantom;
  const rows: Array<[string, string]> = [
    ['run', `${f.startedAt} (${f.options.short ? 'short, --short' : 'full'}), seed ${f.options.seed}`],
    [
      'machine',
      `${f.machine.cpus} cores, Node ${f.machine.node}; load average ${f.machine.loadAverageAtStart.toFixed(2)} at the start, ${f.machine.loadAverageAtEnd.toFixed(2)} at the end`,
    ],
    [
      'duration',
      `${f.seconds.total} s in all: ${f.seconds.run} s of clients and kills, then ${f.options.settleSeconds} s to settle, ${f.seconds.drain} s until every notice due by the end of the run was sent, ${f.seconds.verification} s of checks`,
    ],
    [
      'compressed year',
      `report period ${f.options.quarterSeconds} s (a quarter), waiting limits ${Math.round(f.options.quarterSeconds * 0.25)}–${Math.round(f.options.quarterSeconds * 0.5)} s`,
    ],
    [
      'projects',
      `${f.projects.created} created of ${f.projects.planned} planned (+1 probe), ${f.projects.contracted} contracted; ${f.options.clients} clients`,
    ],
    [
      'writes acknowledged',
      `${ack}: ${t.create.acknowledged} creations, ${t.action.acknowledged} lifecycle actions, ${t.advance.acknowledged} advances, ${t.report.acknowledged} reports`,
    ],
    [
      'writes refused / unanswered',
      `${Object.values(t).reduce((n, x) => n + x.refused, 0)} refused, ${Object.values(t).reduce((n, x) => n + x.unknown, 0)} unanswered after retries`,
    ],
    ['retries with the same key', `${retries}`],
    ['write time, sent to settled (p50 / p95 / max)', settleSummary(f.settleMs)],
    ['reads', `${f.reads.ok} answered, ${f.reads.failed} failed (not retried)`],
    ['notices mailed', `${sentTotal} (deadline: ${deadline}; hand-off: ${handOff}); ${f.notices.mails} mails caught`],
    ['notices due by the policy', `${f.notices.due} (each checked sent and mailed)`],
    ['kills', killsByComponent(f.kills)],
    ['time to recover', recoverySummary(f.kills)],
    [
      'found exactly once',
      `${w.projects.found + w.actions.foundOnce + w.advances.foundOnce + w.reports.foundOnce} of ${ack - 0} acknowledged writes`,
    ],
    ['lost / duplicated / refused-yet-done writes', `${lost} / ${doubled} / ${phantom}`],
    ['duplicate / missing / unlogged mails', mailFaults(f.notices)],
    ['history or workflow disagreements', `${w.historyProblems + w.workflowDisagreements}`],
    ['reconcile', `${f.reconcile.differed} differences (${f.reconcile.summary}, exit ${f.reconcile.exitCode})`],
    ['worker/API exits no kill caused', `${f.unplannedExits.length}`],
    ['result', f.passed ? 'passed' : `FAILED: ${f.failures.join('; ')}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = ['| figure | value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k.padEnd(width)} | ${v} |`)];
  return `${lines.join('\n')}\n`;
}

function mailFaults(n: NoticeCheck): string {
  const faults = `${n.duplicates} / ${n.missing} / ${n.unlogged}`;
  if (!n.mailedAgainAfterWorkerKill) return faults;
  return `${faults}; ${n.mailedAgainAfterWorkerKill} mailed again, not counted: the worker was killed between the relay's answer and the SENT mark (first copy ≤ ${KILL_CUT_WINDOW_MS / 1000} s before the kill; one Message-ID)`;
}

function settleSummary(samples: SoakLedger['settleMs']): string {
  return (Object.keys(samples) as Array<keyof typeof samples>)
    .map((kind) => {
      const s = summarise(samples[kind]);
      return `${kind} ${seconds(s.p50Ms)} / ${seconds(s.p95Ms)} / ${seconds(s.maxMs)} s`;
    })
    .join('; ');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function killsByComponent(kills: KillRecord[]): string {
  const counts = ['worker', 'temporal', 'postgres'].map((c) => `${c} ${kills.filter((k) => k.component === c).length}`);
  return `${kills.length} (${counts.join(', ')})`;
}

function recoverySummary(kills: KillRecord[]): string {
  const part = (label: string, list: KillRecord[]) => {
    const values = list
      .map((k) => k.recoverSeconds)
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    if (!values.length) return `${label} —`;
    const median = values[Math.floor((values.length - 1) / 2)];
    return `${label} ${values[0]} / ${median} / ${values[values.length - 1]} s`;
  };
  return (
    `min / median / max from the kill to the next acknowledged write: ${part('all', kills)}; ` +
    ['worker', 'temporal', 'postgres']
      .map((c) =>
        part(
          c,
          kills.filter((k) => k.component === c),
        ),
      )
      .join('; ')
  );
}

export function writeFiguresFiles(f: SoakFigures, jsonFile: string, markdownFile: string): void {
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(f, null, 2)}\n`);
  writeFileSync(markdownFile, formatFigures(f));
}

/** Replaces (or appends) the section of docs/RELIABILITY.md between the markers. */
export function writeReliabilitySection(file: string, f: SoakFigures): void {
  const kills = f.kills
    .map((k) => `${k.at} s ${k.component} (down ${k.downSeconds} s, recovered ${k.recoverSeconds ?? 'never'} s)`)
    .join('; ');
  const section = [
    SECTION_BEGIN,
    '',
    `Full run of \`npm run test:soak\` on this machine, ${f.startedAt}:`,
    '',
    formatFigures(f),
    `Every kill, seconds from the start: ${kills}.`,
    '',
    SECTION_END,
  ].join('\n');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Reliability\n';
  const begin = text.indexOf(SECTION_BEGIN);
  const end = text.indexOf(SECTION_END);
  const next =
    begin >= 0 && end > begin
      ? `${text.slice(0, begin)}${section}${text.slice(end + SECTION_END.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
