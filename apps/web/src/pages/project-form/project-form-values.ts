import { createsOwnProjectsOnly } from '@kc/domain/capabilities/project-abilities';
import { groupVnd, parseVnd } from '@kc/domain/money';
import type { DraftField, ProjectDraft } from '@kc/domain/project-rules';
import type { ProjectDetail, ProjectInput, ProjectSummary, Scope, SessionUser } from '../../api/types';

/** What the form holds: text as typed (money grouped, dates YYYY-MM-DD). */
export interface ProjectFormValues {
  scope: Scope;
  provinceCode: string;
  category: string;
  title: string;
  unitName: string;
  unitEmail: string;
  beneficiary: string;
  totalCostVnd: string;
  requestedSupportVnd: string;
  plannedStart: string;
  plannedEnd: string;
  /** In a priority area (NĐ 45 Art. 6): chosen when the project is created. */
  priorityArea: boolean;
  /** A group project (đề án nhóm): chosen when the project is created. */
  group: boolean;
  /** Support for forming an enterprise (advisory only): paid 100% after base acceptance; chosen at creation. */
  enterpriseFormation: boolean;
  /** A pilot project (national): its linked content areas and the support typed for each year of its dates. */
  pilot: boolean;
  pilotLinked: string[];
  pilotYears: Record<number, string>;
  /** The implementing unit's management overhead, grouped as typed (optional, at most 2.5% of the total cost). */
  unitOverheadVnd: string;
}

export type FieldErrors = Partial<Record<DraftField, string>>;

export function emptyValues(user: SessionUser): ProjectFormValues {
  return {
    scope: 'LOCAL',
    provinceCode: user.provinceCode ?? '',
    category: '',
    title: '',
    unitName: '',
    // An implementing unit creates its own projects (the capability table): its email is the unit's.
    unitEmail: createsOwnProjectsOnly(user) ? user.email : '',
    beneficiary: '',
    totalCostVnd: '',
    requestedSupportVnd: '',
    plannedStart: '',
    plannedEnd: '',
    priorityArea: false,
    group: false,
    enterpriseFormation: false,
    pilot: false,
    pilotLinked: [],
    pilotYears: {},
    unitOverheadVnd: '',
  };
}

export function valuesOf(project: ProjectSummary): ProjectFormValues {
  return {
    scope: project.scope,
    provinceCode: project.provinceCode,
    category: project.category,
    title: project.title,
    unitName: project.implementingUnit.name,
    unitEmail: project.implementingUnit.email,
    beneficiary: project.beneficiary,
    totalCostVnd: groupVnd(project.totalCostVnd),
    requestedSupportVnd: groupVnd(project.requestedSupportVnd),
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    // The edit page loads the project's detail: its money-rule facts come with it.
    priorityArea: 'moneyRules' in project ? (project as ProjectDetail).moneyRules.priorityArea : false,
    group: false,
    enterpriseFormation: false,
    pilot: false,
    pilotLinked: [],
    pilotYears: {},
    unitOverheadVnd:
      'unitOverheadVnd' in project && (project as ProjectDetail).unitOverheadVnd !== null
        ? groupVnd((project as ProjectDetail).unitOverheadVnd!)
        : '',
  };
}

/** The years a pilot project's dates span (empty until both dates are typed), at most ten. */
export function pilotYearsOfDates(start: string, end: string): number[] {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  if (!/^\d{4}-/.test(start) || !/^\d{4}-/.test(end) || last < first || last - first > 9) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The draft the shared rules check (libs/domain/src/project-rules.ts). */
export function draftOf(values: ProjectFormValues): ProjectDraft {
  return {
    category: values.category,
    title: values.title,
    implementingUnit: { name: values.unitName, email: values.unitEmail },
    beneficiary: values.beneficiary,
    totalCostVnd: parseVnd(values.totalCostVnd),
    requestedSupportVnd: parseVnd(values.requestedSupportVnd),
    plannedStart: values.plannedStart,
    plannedEnd: values.plannedEnd,
  };
}

/** The body of POST /api/projects; call it only for a draft without problems. */
export function inputOf(values: ProjectFormValues): ProjectInput {
  const draft = draftOf(values);
  return {
    ...draft,
    scope: values.scope,
    provinceCode: values.provinceCode,
    title: draft.title.trim(),
    implementingUnit: { name: draft.implementingUnit.name.trim(), email: draft.implementingUnit.email.trim() },
    beneficiary: draft.beneficiary.trim(),
    totalCostVnd: draft.totalCostVnd!,
    requestedSupportVnd: draft.requestedSupportVnd!,
    ...(values.priorityArea ? { priorityArea: true } : {}),
    ...(values.group ? { group: true } : {}),
    ...(values.enterpriseFormation && values.category === 'ADVISORY' ? { enterpriseFormation: true } : {}),
    ...(values.pilot && values.scope === 'NATIONAL'
      ? {
          pilot: {
            linkedCategories: values.pilotLinked.filter((c) => c !== values.category),
            years: pilotYearsOfDates(values.plannedStart, values.plannedEnd).map((year) => ({
              year,
              supportVnd: parseVnd(values.pilotYears[year] ?? '') ?? 0,
            })),
          },
        }
      : {}),
    ...(parseVnd(values.unitOverheadVnd) !== null ? { unitOverheadVnd: parseVnd(values.unitOverheadVnd)! } : {}),
  };
}

/** The body of PATCH /api/projects/:id: only what differs from the project as loaded. */
export function changesOf(project: ProjectSummary, values: ProjectFormValues): Partial<ProjectInput> {
  const next = inputOf(values);
  const changes: Partial<ProjectInput> = {};
  const keys = [
    'category',
    'title',
    'beneficiary',
    'totalCostVnd',
    'requestedSupportVnd',
    'plannedStart',
    'plannedEnd',
  ] as const;
  for (const key of keys) {
    if (next[key] !== project[key]) Object.assign(changes, { [key]: next[key] });
  }
  const unit = next.implementingUnit;
  if (unit.name !== project.implementingUnit.name || unit.email.toLowerCase() !== project.implementingUnit.email) {
    changes.implementingUnit = unit;
  }
  const loaded = valuesOf(project);
  if (values.priorityArea !== loaded.priorityArea) changes.priorityArea = values.priorityArea;
  const overhead = parseVnd(values.unitOverheadVnd);
  if (overhead !== parseVnd(loaded.unitOverheadVnd)) changes.unitOverheadVnd = overhead ?? 0;
  return changes;
}

/**
 * The server's 400 `fields` ({"implementingUnit.email": "… / …"}), each message in the current language: the
 * Vietnamese half before " / ", the English half after it.
 */
export function serverFieldErrors(body: unknown, lang: 'vi' | 'en'): FieldErrors {
  const fields = (body as { fields?: Record<string, unknown> } | undefined)?.fields;
  if (!fields || typeof fields !== 'object') return {};
  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    const [vi, ...rest] = String(message).split(' / ');
    errors[field as DraftField] = lang === 'vi' || rest.length === 0 ? vi : rest.join(' / ');
  }
  return errors;
}
