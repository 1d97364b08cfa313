import type { Scope } from './lifecycle';

/** KCQG for national projects (khuyến công quốc gia), KCĐP for local ones (khuyến công địa phương). */
export function projectCodePrefix(scope: Scope): string {
  return scope === 'NATIONAL' ? 'KCQG' : 'KCĐP';
}

/** e.g. KCĐP-2026-HN-0001: scope, plan year, province, a running number per (scope, year, province). */
export function formatProjectCode(scope: Scope, planYear: number, provinceCode: string, serial: number): string {
  return `${projectCodePrefix(scope)}-${planYear}-${provinceCode}-${String(serial).padStart(4, '0')}`;
}

export function workflowIdForProject(code: string): string {
  return `project-${code}`;
}

/** The scope a project code names (KCQG…: national, KCĐP…: local), or null for anything else. */
export function scopeOfProjectCode(code: string): Scope | null {
  if (code.startsWith(projectCodePrefix('NATIONAL'))) return 'NATIONAL';
  if (code.startsWith(projectCodePrefix('LOCAL'))) return 'LOCAL';
  return null;
}
