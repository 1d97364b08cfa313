import { ReactNode, createContext, useContext, useMemo } from 'react';
import type { CodeLabel, Province } from '../api/types';
import { useLoad } from '../hooks/use-load';
import { Bilingual, useI18n } from '../i18n/i18n';
import { useApi } from '../session/session';

/** The API's code lists (GET /api/states, /actions, /roles, /provinces, /categories), loaded once per session. */
export interface ReferenceData {
  states: CodeLabel[];
  actions: CodeLabel[];
  roles: CodeLabel[];
  categories: CodeLabel[];
  provinces: Province[];
}

const EMPTY: ReferenceData = { states: [], actions: [], roles: [], categories: [], provinces: [] };
const ReferenceContext = createContext<ReferenceData>(EMPTY);

export function ReferenceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const loaded = useLoad(async () => {
    const [states, actions, roles, categories, provinces] = await Promise.all([
      api.states(),
      api.actions(),
      api.roles(),
      api.categories(),
      api.provinces(),
    ]);
    return { states, actions, roles, categories, provinces };
  }, [api]);
  return <ReferenceContext.Provider value={loaded.data ?? EMPTY}>{children}</ReferenceContext.Provider>;
}

export function useReference(): ReferenceData {
  return useContext(ReferenceContext);
}

/** Labels of codes in the current language; the code itself until the lists have loaded. */
export function useLabels() {
  const reference = useReference();
  const { pick, tCode } = useI18n();
  return useMemo(() => {
    const finder =
      (list: CodeLabel[], fallback: (code: string) => string = (code) => code) =>
      (code: string) => {
        const found: Bilingual | undefined = list.find((item) => item.code === code);
        return found ? pick(found) : fallback(code);
      };
    return {
      state: finder(reference.states),
      // The audit trail also records creation and deadline events, which are not lifecycle actions.
      action: finder(reference.actions, (code) => tCode('history.action', code)),
      role: finder(reference.roles),
      category: finder(reference.categories),
      province: (code: string | null) => reference.provinces.find((p) => p.code === code)?.name ?? code ?? '',
    };
  }, [reference, pick, tCode]);
}
