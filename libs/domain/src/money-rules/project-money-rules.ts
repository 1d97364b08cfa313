/**
 * The money rules a project is held to, resolved when it is created and kept with its facts: the cap on its support
 * and the rule of its first advance. A project created before the rule tables existed has none and keeps the single
 * 70% advance cap of its workflow options, so running projects and recorded histories decide as they did.
 */
import { AdvanceRule, SupportItem, advanceRuleFor } from './advance-rules';
import { PROGRAMME_MANAGEMENT_SHARE, UNIT_OVERHEAD_SHARE } from './overheads';
import type { RuleShare } from './rule-shares';
import {
  BUILT_IN_CAP_TABLES,
  LocalSupportCap,
  NationalCapTable,
  ResolvedSupportCap,
  SupportCapQuery,
  latestInForce,
  resolveSupportCap,
} from './support-caps';

export interface ProjectMoneyRules {
  supportCap: ResolvedSupportCap | null;
  advance: AdvanceRule;
  /** The unit's overhead share when a later instrument changed it (absent: 2.5%, TTLT 26/2014). */
  unitOverhead?: RuleShare;
}

/**
 * The advance rule of a content area on a day: the built-in rule (TT 36/2013 Art. 12) unless a later instrument in
 * force that day changed that area's rule. Forming an enterprise keeps its own rule.
 */
export function advanceRuleOn(
  day: string,
  category: string,
  item: SupportItem | undefined,
  tables: readonly NationalCapTable[] = BUILT_IN_CAP_TABLES,
): AdvanceRule {
  if (item) return advanceRuleFor(category, item);
  return latestInForce(
    day,
    tables,
    (t) => (t.advances && Object.hasOwn(t.advances, category) ? t.advances[category] : undefined),
    advanceRuleFor(category),
  );
}

export function unitOverheadShareOn(day: string, tables: readonly NationalCapTable[] = BUILT_IN_CAP_TABLES) {
  return latestInForce(day, tables, (t) => t.unitOverheadShare, UNIT_OVERHEAD_SHARE);
}

/** A plan of `year` is held to the programme-management share in force on its 1 January. */
export function programmeManagementShareFor(year: number, tables: readonly NationalCapTable[] = BUILT_IN_CAP_TABLES) {
  return latestInForce(`${year}-01-01`, tables, (t) => t.programmeManagementShare, PROGRAMME_MANAGEMENT_SHARE);
}

export function resolveMoneyRules(
  query: SupportCapQuery & { item?: SupportItem },
  localCaps: readonly LocalSupportCap[] = [],
  nationalTables: readonly NationalCapTable[] = BUILT_IN_CAP_TABLES,
): ProjectMoneyRules {
  const unitOverhead = unitOverheadShareOn(query.day, nationalTables);
  return {
    supportCap: resolveSupportCap(query, localCaps, nationalTables),
    advance: advanceRuleOn(query.day, query.category, query.item, nationalTables),
    ...(unitOverhead === UNIT_OVERHEAD_SHARE ? {} : { unitOverhead }),
  };
}

/** A progress report the Department certified: how much is done, as the report backing an advance shows it. */
export interface CertifiedProgress {
  percentDone: number;
  /** The day of the progress report (YYYY-MM-DD). */
  reportDate: string;
}
