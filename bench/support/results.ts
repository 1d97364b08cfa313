import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of the printed table: our figure against the bare baseline measured in the same run. */
export interface FigureRow {
  figure: string;
  ours: string;
  baseline: string;
  /** ours / baseline in the direction the target reads (null when there is nothing to divide). */
  ratio: number | null;
  target: string;
  /** null: informational, no target on this line. */
  met: boolean | null;
}

export interface FigureResult {
  rows: FigureRow[];
  /** Everything measured, for results.json. */
  details: Record<string, unknown>;
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
export const ratioText = (ratio: number | null) =>
  ratio === null || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}×`;

export function formatTable(rows: readonly FigureRow[]): string {
  const header = ['figure', 'ours', 'baseline (same run)', 'ratio', 'target', 'met?'];
  const cells = rows.map((r) => [
    r.figure,
    r.ours,
    r.baseline,
    ratioText(r.ratio),
    r.target,
    r.met === null ? '—' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** bench-output/ holds the run's results and logs; it keeps itself out of git. */
export function outputDir(root: string): string {
  const dir = join(root, 'bench-output');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.gitignore'), '*\n');
  return dir;
}
