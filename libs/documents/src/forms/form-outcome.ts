import type { OfficialDocument } from '../document-model';

/** Why a paper cannot be made yet, in words a clerk can act on. */
export interface NotReady {
  vi: string;
  en: string;
}

export type FormOutcome = { ok: true; document: OfficialDocument } | { ok: false; notReady: NotReady };

export function notReady(vi: string, en: string): FormOutcome {
  return { ok: false, notReady: { vi, en } };
}
