import { CUC_NAMES, findProvince, nameOnDay, provinceTitle, type Scope } from '@kc/domain';

/** Capitals as Decree 30 sets a body's name: "SỞ CÔNG THƯƠNG THÀNH PHỐ HÀ NỘI" (Vietnamese upper case, NFC). */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN');
}

/** The Department of the province: "Sở Công Thương thành phố Hà Nội". */
export function departmentName(provinceCode: string): string {
  return `Sở Công Thương ${provinceTitle(provinceCode)}`;
}

/**
 * The provincial People's Committee as the superior above a Department's name: "UBND tỉnh Bắc Ninh" (Decree 30,
 * Annex I lets the superior's name shorten Ủy ban nhân dân to UBND).
 */
export function peoplesCommitteeName(provinceCode: string): string {
  return `UBND ${provinceTitle(provinceCode)}`;
}

/** The central department by its name on the day (Cục Công Thương địa phương before 2025). */
export function cucName(day: string): string {
  return nameOnDay(CUC_NAMES, day);
}

/** Who is bên A of the contract: the Cục for a national project, the province's Department for a local one. */
export function contractingBody(scope: Scope, provinceCode: string, day: string): { name: string; superior: string } {
  return scope === 'NATIONAL'
    ? { name: cucName(day), superior: 'Bộ Công Thương' }
    : { name: departmentName(provinceCode), superior: peoplesCommitteeName(provinceCode) };
}

/**
 * The place of the date line: where the body sits, by the name of its province or city ("Hà Nội", "Bắc Ninh",
 * "Thành phố Hồ Chí Minh"); a national paper is dated in Hà Nội, where the Ministry sits.
 */
export function placeOf(scope: Scope, provinceCode: string): string {
  if (scope === 'NATIONAL') return 'Hà Nội';
  return findProvince(provinceCode)?.name ?? provinceCode;
}

/** A unit's superior, when its name says it is the province's promotion centre (under the Department). */
export function unitSuperior(unitName: string, provinceCode: string): string | undefined {
  return /^trung tâm khuyến công/i.test(unitName.trim()) ? departmentName(provinceCode) : undefined;
}
