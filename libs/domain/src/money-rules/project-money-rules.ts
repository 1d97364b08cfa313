/**
 * The money rules a project is held to, resolved when it is created and kept with its facts: the cap on its support
 * and the rule of its first advance. A project created before the rule tables existed has none and keeps the single
 * 70% advance cap of its workflow options, so running projects and recorded histories decide as they did.
 */
import { AdvanceRule, SupportItem, advanceRuleFor } from './advance-rules';
import {
  BUILT_IN_CAP_TABLES,
  LocalSupportCap,
  NationalCapTable,
  ResolvedSupportCap,
  SupportCapQuery,
  resolveSupportCap,
} from './support-caps';

export interface ProjectMoneyRules {
  supportCap: ResolvedSupportCap | null;
  advance: AdvanceRule;
}

export function resolveMoneyRules(
  query: SupportCapQuery & { item?: SupportItem },
  localCaps: readonly LocalSupportCap[] = [],
  nationalTables: readonly NationalCapTable[] = BUILT_IN_CAP_TABLES,
): ProjectMoneyRules {
  return {
    supportCap: resolveSupportCap(query, localCaps, nationalTables),
    advance: advanceRuleFor(query.category, query.item),
  };
}

/** A progress report the Department certified: how much is done, as the report backing an advance shows it. */
export interface CertifiedProgress {
  percentDone: number;
  /** The day of the progress report (YYYY-MM-DD). */
  reportDate: string;
}
