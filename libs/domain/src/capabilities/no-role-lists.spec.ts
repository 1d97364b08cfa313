/**
 * "No role list is written anywhere else" (issue #13, Build §2): who may do what is asked of the capability table
 * (may / mayOnProject / reachFilterOf / allowedActionsFor / escalationRecipients), never decided by comparing a
 * role or listing roles. This scans the code of the apps, the libraries and the workflows and fails, listing
 * file:line, wherever a role string is compared or listed.
 *
 * Allowed places: libs/domain/src/roles.ts (the roles themselves), libs/domain/src/capabilities/ (the table),
 * libs/domain/src/legacy/ (the first releases' table, frozen for replay), tests, migrations (they map recorded
 * rows), the API types generated from the OpenAPI document, and the web app's i18n labels.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const SCANNED = ['apps', 'libs', 'workflows'];

const ALLOWED: readonly RegExp[] = [
  /^libs\/domain\/src\/roles\.ts$/,
  /^libs\/domain\/src\/capabilities\//,
  /^libs\/domain\/src\/legacy\//,
  /\.(spec|test)\.tsx?$/,
  /(^|\/)migrations\//,
  /^apps\/web\/src\/api\/schema\.d\.ts$/,
  /^apps\/web\/src\/i18n\//,
  /(^|\/)(node_modules|dist)\//,
];

/** Role codes other than 'admin' (which is also a page, a route and an API tag, so it counts only in role contexts). */
const ROLE_CODES = [
  'implementer',
  'officer',
  'approver',
  'supervisor',
  'cuc_officer',
  'ubnd_leader',
  'minister',
  'collaborator',
];

const RULES: ReadonlyArray<{ why: string; pattern: RegExp }> = [
  // not a JSX attribute's value (name="officer" is a form field)
  { why: 'role literal', pattern: new RegExp(`(?<!\\w=)(['"\`])(${ROLE_CODES.join('|')})\\1`) },
  { why: 'role comparison', pattern: /\brole\s*[!=]==?\s*(['"`])[\w-]+\1/ },
  { why: 'role comparison', pattern: /(['"`])[\w-]+\1\s*[!=]==?\s*[\w.?!]*\brole\b/ },
  { why: 'role list', pattern: /(\broles?\b|\bROLES?\b|\bRole\[\]|\bRole>)[^;]*\[[^\]]*(['"`])admin\2/ },
  { why: 'role switch', pattern: /\bcase\s+(['"`])admin\1\s*:/ },
];

/** Blanks out comments (keeping line numbers), so prose naming a role is not a role list. */
export function stripComments(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, (m) => blank(m)))
    .join('\n');
}

export interface Offence {
  line: number;
  why: string;
  text: string;
}

export function roleListsIn(source: string): Offence[] {
  const offences: Offence[] = [];
  stripComments(source)
    .split('\n')
    .forEach((line, i) => {
      const rule = RULES.find((r) => r.pattern.test(line));
      if (rule) offences.push({ line: i + 1, why: rule.why, text: line.trim() });
    });
  return offences;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function scan(): string[] {
  const offenders: string[] = [];
  for (const top of SCANNED) {
    for (const file of filesUnder(join(ROOT, top))) {
      const rel = relative(ROOT, file).split(sep).join('/');
      if (ALLOWED.some((allowed) => allowed.test(rel))) continue;
      for (const o of roleListsIn(readFileSync(file, 'utf8'))) {
        offenders.push(`${rel}:${o.line}: ${o.why}: ${o.text.slice(0, 140)}`);
      }
    }
  }
  return offenders;
}

describe('the scanner', () => {
  test.each([
    "if (actor.role === 'implementer') {",
    "if (user?.role !== 'admin') return;",
    "const HANDLERS = ['supervisor', 'approver'];",
    "roles: ['officer'],",
    "const NATIONAL_CAPABLE: readonly Role[] = ['admin'];",
    "if ('admin' === actor.role) {",
    'const x = role == "minister";',
    "type Desk = 'cuc_officer' | 'ubnd_leader';",
    "  case 'admin':",
  ])('finds %s', (line) => {
    expect(roleListsIn(`const a = 1;\n${line}\n`)).toEqual([expect.objectContaining({ line: 2 })]);
  });

  test.each([
    "@ApiTags('admin')",
    "@Controller('admin')",
    "export const PAGES = ['inbox', 'projects', 'admin'] as const;",
    "  page: 'admin',",
    '// the officer role compares `role === "officer"` here',
    "/* ['supervisor', 'approver'] */",
    "/**\n * approver and officer keep their codes ('officer')\n */",
    '<input name="officer" />',
    "const url = 'http://example.vn/officer'; // 'officer'",
    'officer: row.officerEmail ? { email: row.officerEmail } : null,',
    "if (may(actor, 'admin.manage').ok) {",
  ])('ignores %s', (line) => {
    expect(roleListsIn(line)).toEqual([]);
  });

  test('keeps line numbers through block comments', () => {
    expect(roleListsIn("/**\n * 'officer'\n */\nconst r = ['officer'];")).toEqual([
      { line: 4, why: 'role literal', text: "const r = ['officer'];" },
    ]);
  });
});

describe('no role list outside the roles, the capability table and the frozen table', () => {
  test('apps/, libs/ and workflows/ ask the table instead of comparing or listing roles', () => {
    // Each entry is file:line: what: the code. Replace it with may / mayOnProject / reachFilterOf /
    // allowedActionsFor / escalationRecipients (libs/domain/src/capabilities).
    expect(scan()).toEqual([]);
  });
});
