/**
 * The (state × action × position) grid, read off the transition table and the capability table, as the Markdown
 * of docs/CAPABILITIES.md (`npm run capabilities:grid` writes it; a unit test fails when the file is not the
 * current output, so the document cannot drift from the code). Pure: no I/O, no clock.
 */
import { ADJUSTMENT_KINDS, ADJUSTMENT_KIND_LABELS, AdjustmentKind } from '../adjustments/adjustment-kinds';
import { AdjustmentContext, adjustmentDecider } from './adjustment-deciders';
import { ACTION_LABELS, ActionName, PROJECT_STATES, ProjectState, STATE_LABELS, Scope, isTerminal } from '../lifecycle';
import type { Actor, Role } from '../roles';
import type { LifecycleStatus } from '../project';
import { initialStatus } from '../project';
import { TRANSITIONS } from '../transitions';
import type { ActingFacts } from '../transition-rule';
import { CAPABILITIES, Capability } from './capability-table';
import { LOCAL_APPROVERS, LocalApprover } from './parties';

/** A position a person holds, as the grid's columns name it, with the sample people who hold it. */
export interface GridPosition {
  key: string;
  vi: string;
  en: string;
  /** People holding the position, placed in relation to the sample project (any of them counts). */
  holders: readonly Actor[];
}

const SAMPLE_PROVINCE = 'HN';
const SAMPLE_UNIT_EMAIL = 'don-vi@example.vn';

const holder = (role: Role, provinceCode: string | null, email = `${role}@example.vn`): Actor => ({
  userId: `grid-${role}-${provinceCode ?? 'national'}`,
  email,
  role,
  provinceCode,
});

/** The ten positions of issue #13, in the order of the chain (the unit up to the Minister, then the others). */
export const GRID_POSITIONS: readonly GridPosition[] = [
  {
    key: 'unit',
    vi: 'Đơn vị thực hiện',
    en: 'Implementing unit',
    holders: [holder('implementer', SAMPLE_PROVINCE, SAMPLE_UNIT_EMAIL)],
  },
  { key: 'deptOfficer', vi: 'Chuyên viên Sở', en: 'Department officer', holders: [holder('officer', SAMPLE_PROVINCE)] },
  { key: 'deptLeader', vi: 'Lãnh đạo Sở', en: 'Department leader', holders: [holder('approver', SAMPLE_PROVINCE)] },
  { key: 'ubndLeader', vi: 'Lãnh đạo UBND tỉnh', en: 'UBND leader', holders: [holder('ubnd_leader', SAMPLE_PROVINCE)] },
  { key: 'cucOfficer', vi: 'Chuyên viên Cục', en: 'Cục officer', holders: [holder('cuc_officer', null)] },
  { key: 'cucLeader', vi: 'Lãnh đạo Cục', en: 'Cục leader', holders: [holder('approver', null)] },
  { key: 'minister', vi: 'Bộ trưởng', en: 'Minister', holders: [holder('minister', null)] },
  { key: 'collaborator', vi: 'Cộng tác viên', en: 'Collaborator', holders: [holder('collaborator', SAMPLE_PROVINCE)] },
  {
    key: 'supervisor',
    vi: 'Giám sát',
    en: 'Supervisor',
    holders: [holder('supervisor', SAMPLE_PROVINCE), holder('supervisor', null)],
  },
  { key: 'admin', vi: 'Quản trị', en: 'Admin', holders: [holder('admin', null)] },
];

/** Who may take one action in one state: the keys of the positions, per local approver for local projects. */
export interface GridCell {
  action: ActionName;
  /** Where it leads ('same' for side actions); several where the outcome depends on the status. */
  to: readonly ProjectState[] | 'same' | 'back';
  /** Position key → the local approvers under which it may (both, or one), or true for national projects. */
  may: Readonly<Record<string, readonly LocalApprover[] | true>>;
}

export interface GridRow {
  state: ProjectState;
  cells: readonly GridCell[];
}

function sampleFacts(scope: Scope, localApprover?: LocalApprover): ActingFacts {
  return { scope, provinceCode: SAMPLE_PROVINCE, implementingUnit: { email: SAMPLE_UNIT_EMAIL }, localApprover };
}

function probe(overrides: Partial<LifecycleStatus>): LifecycleStatus {
  return { ...initialStatus(), state: 'IN_PROGRESS', approvedSupportVnd: 100, ...overrides };
}

/** The outcomes of an action whose target depends on the status (a stop with or without an unused advance). */
function targetsOf(action: ActionName): GridCell['to'] {
  const to = TRANSITIONS[action].to;
  if (to === 'same') return 'same';
  if (typeof to !== 'function') return [to];
  const a = to(probe({ advancesVnd: 0, resumeState: 'CONTRACTED' }));
  const b = to(probe({ advancesVnd: 50, resumeState: 'SUSPENDED' }));
  if (a === 'CONTRACTED' && b === 'SUSPENDED') return 'back';
  return a === b ? [a] : [a, b];
}

/** The lifecycle grid of one scope: every state that offers actions, each action, who may take it. */
export function lifecycleGrid(scope: Scope): GridRow[] {
  const variants: Array<LocalApprover | undefined> = scope === 'NATIONAL' ? [undefined] : [...LOCAL_APPROVERS];
  const rows: GridRow[] = [];
  for (const state of PROJECT_STATES) {
    if (isTerminal(state)) continue;
    const actions = (Object.keys(TRANSITIONS) as ActionName[]).filter((action) =>
      variants.some((v) => TRANSITIONS[action].from(sampleFacts(scope, v)).includes(state)),
    );
    if (actions.length === 0) continue;
    const cells = actions.map((action): GridCell => {
      const may: Record<string, readonly LocalApprover[] | true> = {};
      for (const position of GRID_POSITIONS) {
        const under = variants.filter((v) =>
          position.holders.some((actor) => TRANSITIONS[action].who.allows(actor, sampleFacts(scope, v), state)),
        );
        if (under.length === 0) continue;
        may[position.key] = scope === 'NATIONAL' ? true : (under as LocalApprover[]);
      }
      return { action, to: targetsOf(action), may };
    });
    rows.push({ state, cells });
  }
  return rows;
}

/** One capability beside the lifecycle: the positions that hold it, for national and local projects. */
export interface CapabilityRow {
  capability: Capability;
  kind: 'project' | 'system';
  /** Position key → the scopes of project where it may ('ALL' for system capabilities). */
  may: Readonly<Record<string, readonly Scope[] | 'ALL'>>;
}

export function capabilityRows(): CapabilityRow[] {
  return (Object.keys(CAPABILITIES) as Capability[]).map((capability) => {
    const { kind, who } = CAPABILITIES[capability];
    const may: Record<string, readonly Scope[] | 'ALL'> = {};
    for (const position of GRID_POSITIONS) {
      if (kind === 'system') {
        if (position.holders.some((actor) => who.allows(actor))) may[position.key] = 'ALL';
        continue;
      }
      const scopes = (['NATIONAL', 'LOCAL'] as const).filter((scope) =>
        position.holders.some((actor) =>
          who.allows(actor, { scope, provinceCode: SAMPLE_PROVINCE, implementingUnitEmail: SAMPLE_UNIT_EMAIL }),
        ),
      );
      if (scopes.length > 0) may[position.key] = scopes;
    }
    return { capability, kind, may };
  });
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

const YES = '✓';

function header(first: string[]): string[] {
  const columns = [...first, ...GRID_POSITIONS.map((p) => `${p.vi}<br>_${p.en}_`)];
  return [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
}

function targetText(cell: GridCell, state: ProjectState): string {
  if (cell.to === 'same') return `(${state})`;
  if (cell.to === 'back') return 'trạng thái trước đề nghị / back to the state before the request';
  return cell.to.join(' hoặc / or ');
}

function lifecycleMark(value: readonly LocalApprover[] | true | undefined): string {
  if (value === undefined) return '';
  if (value === true || value.length === LOCAL_APPROVERS.length) return YES;
  return value.map((v) => (v === 'DEPARTMENT' ? `${YES}¹` : `${YES}²`)).join(' ');
}

function capabilityMark(value: readonly Scope[] | 'ALL' | undefined): string {
  if (value === undefined) return '';
  if (value === 'ALL' || value.length === 2) return YES;
  return value[0] === 'NATIONAL' ? `${YES} QG` : `${YES} ĐP`;
}

function lifecycleSection(scope: Scope): string[] {
  const title =
    scope === 'NATIONAL'
      ? '## Đề án khuyến công quốc gia (KCQG) / National projects'
      : '## Đề án khuyến công địa phương (KCĐP) / Local projects';
  const lines = [title, '', ...header(['Trạng thái / State', 'Thao tác / Action', 'Sang / To'])];
  for (const row of lifecycleGrid(scope)) {
    row.cells.forEach((cell, i) => {
      const state = i === 0 ? `${STATE_LABELS[row.state].vi}<br>\`${row.state}\`` : '';
      const action = `${ACTION_LABELS[cell.action].vi}<br>\`${cell.action}\``;
      const marks = GRID_POSITIONS.map((p) => lifecycleMark(cell.may[p.key]));
      lines.push(`| ${[state, action, targetText(cell, row.state), ...marks].join(' | ')} |`);
    });
  }
  if (scope === 'LOCAL') {
    lines.push(
      '',
      '¹ khi quy chế của tỉnh giao Lãnh đạo Sở phê duyệt (mặc định) / where the province regulation names the Department (the default)',
      '',
      '² khi quy chế của tỉnh giao UBND tỉnh phê duyệt / where the province regulation names the UBND tỉnh',
    );
  }
  return lines;
}

function capabilitySection(): string[] {
  const lines = [
    '## Quyền ngoài vòng đời đề án / Capabilities beside the lifecycle',
    '',
    'QG: chỉ đề án quốc gia / national projects only; ĐP: chỉ đề án địa phương / local projects only. ' +
      'Quyền về một đề án tính với đề án thuộc tỉnh của người đó (đơn vị: đề án của chính mình) / ' +
      "project capabilities are shown for a project of the person's own province (a unit: its own project).",
    '',
    ...header(['Quyền / Capability', 'Loại / Kind']),
  ];
  for (const row of capabilityRows()) {
    const marks = GRID_POSITIONS.map((p) => capabilityMark(row.may[p.key]));
    const kind = row.kind === 'project' ? 'đề án / project' : 'hệ thống / system';
    lines.push(`| ${[`\`${row.capability}\``, kind, ...marks].join(' | ')} |`);
  }
  return lines;
}

/** docs/CAPABILITIES.md, as the tables say today. */
export function capabilityGridMarkdown(): string {
  const lines = [
    '# Ai được làm gì / Who may do what',
    '',
    '<!-- Generated by `npm run capabilities:grid` from libs/domain/src/transitions.ts and',
    '     libs/domain/src/capabilities/capability-table.ts. Do not edit: a unit test fails when this file is not',
    '     the current output (libs/domain/src/capabilities/capability-grid.spec.ts). -->',
    '',
    'Bảng sinh tự động từ bảng chuyển trạng thái và bảng quyền (TT 36/2013/TT-BCT; DOMAIN.md §3, §6). ' +
      'Mỗi dòng: một thao tác có ở trạng thái đó; ✓ là chức danh được thực hiện, với đề án thuộc tỉnh của mình ' +
      '(đơn vị thực hiện: đề án của chính mình; cấp quốc gia: mọi tỉnh). Trạng thái kết thúc không có thao tác nào.',
    '',
    'Generated from the transition table and the capability table. Each row is an action offered in that state; ✓ ' +
      'marks the positions that may take it on a project of their own province (a unit: its own project; the ' +
      'national level: every province). Terminal states offer no action.',
    '',
    ...lifecycleSection('NATIONAL'),
    '',
    ...lifecycleSection('LOCAL'),
    '',
    ...capabilitySection(),
    '',
    ...adjustmentDeciderSection(),
    '',
  ];
  return lines.join('\n');
}

/** Who decides each kind of adjustment request (TT 36/2013 Art. 11), national single and group projects and local. */
function adjustmentDeciderSection(): string[] {
  const national = { scope: 'NATIONAL' as const, provinceCode: 'HN', implementingUnitEmail: '' };
  const who = (context: AdjustmentContext, kind: AdjustmentKind) => {
    const decider = adjustmentDecider(kind, context, '2026-01-01');
    const copy = decider.copyTo ? ` (sao gửi / copy: Cục)` : '';
    return `${decider.party.describe.vi}${copy}`;
  };
  return [
    '## Quyết định điều chỉnh / Adjustment deciders',
    '',
    'Đơn vị thực hiện (hoặc chuyên viên Sở) đề nghị; Sở Công Thương xác nhận; người quyết định theo loại điều chỉnh. ' +
      'The unit (or the Department officer) asks, the Department certifies, the decider follows the kind.',
    '',
    '| Loại / kind | Đề án quốc gia / national | Đề án nhóm quốc gia / national group | Đề án địa phương / local |',
    '|---|---|---|---|',
    ...ADJUSTMENT_KINDS.map(
      (kind) =>
        `| ${ADJUSTMENT_KIND_LABELS[kind].vi} (\`${kind}\`) | ${who(national, kind)} | ${who({ ...national, group: true }, kind)} | ${who({ ...national, scope: 'LOCAL' }, kind)} |`,
    ),
  ];
}
