import { Injectable } from '@nestjs/common';
import {
  ADVANCE_RULES,
  Actor,
  AdvanceRule,
  RuleShare,
  advanceRuleOn,
  latestInForce,
  programmeManagementShareFor,
  shareOfVnd,
  sharePercent,
  shareTimes,
  unitOverheadShareOn,
  CATEGORIES,
  PRIORITY_FACTOR,
  ProjectMoneyRules,
  SupportCapQuery,
  advanceRuleFor,
  describeAdvanceCondition,
  describeSupportCap,
  NationalCapTable,
  SUPPORT_ITEMS,
  SUPPORT_ITEM_CATEGORY,
  SUPPORT_ITEM_LABELS,
  SupportItem,
  PER_MODEL,
  NationalCapVersion,
  capTableInForce,
  capTableOf,
  capTablesWith,
  capVersionConflict,
  capVersionFieldProblems,
  capVersionRemovalProblem,
  findProvince,
  holdsCapability,
  isInForce,
  localDayOf,
  resolveMoneyRules,
  supportLimitVnd,
  UNIT_OVERHEAD_SHARE,
} from '@kc/domain';
import {
  LocalSupportCaps,
  NationalCapVersions,
  StoredLocalSupportCap,
  StoredNationalCapVersion,
} from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { LocalSupportCapDto, NationalCapVersionDto, ResolveSupportCapQuery, SupportCapsQuery } from './support-cap.dto';
import {
  AdvanceRuleResponse,
  InstrumentCapsResponse,
  LocalSupportCapResponse,
  ResolvedSupportCapResponse,
  SupportCapsResponse,
} from './support-cap.responses';

function categoryLabel(code: string) {
  const c = CATEGORIES.find((x) => x.code === code);
  return { vi: c?.vi ?? code, en: c?.en ?? code };
}

function advanceView(category: string, item?: SupportItem, rule: AdvanceRule = advanceRuleFor(category, item)) {
  const area = categoryLabel(category);
  return {
    category,
    item: item ?? null,
    categoryLabel: item
      ? { vi: `${area.vi}: ${SUPPORT_ITEM_LABELS[item].vi}`, en: `${area.en}: ${SUPPORT_ITEM_LABELS[item].en}` }
      : area,
    percent: rule.percent,
    condition: describeAdvanceCondition(rule.condition),
    conditionKind: rule.condition.kind,
    morePercentThan: rule.condition.kind === 'CERTIFIED_PROGRESS' ? rule.condition.morePercentThan : null,
    measure: rule.condition.kind === 'CERTIFIED_PROGRESS' ? rule.condition.measure : null,
    citation: rule.citation,
  } satisfies AdvanceRuleResponse;
}

function shareView(value: number | null | undefined, share: RuleShare | undefined, kind: 'percent' | 'times') {
  if (value == null || !share) return null;
  return { value, text: kind === 'times' ? shareTimes(share) : sharePercent(share) };
}

function shareInWords(share: RuleShare) {
  const pct = sharePercent(share);
  return { vi: `${pct.vi} (${share.citation.vi})`, en: `${pct.en} (${share.citation.en})` };
}

function localView(cap: StoredLocalSupportCap): LocalSupportCapResponse {
  return {
    provinceCode: cap.provinceCode,
    provinceName: findProvince(cap.provinceCode)?.name ?? cap.provinceCode,
    year: cap.year,
    category: cap.category,
    categoryLabel: categoryLabel(cap.category),
    percentOfCost: cap.percentOfCost,
    maxVnd: cap.maxVnd,
    basis: cap.basis,
    updatedBy: cap.updatedBy,
    updatedAt: cap.updatedAt.toISOString(),
    updatedAtLocal: toVietnamTime(cap.updatedAt),
  };
}

function instrumentView(
  table: NationalCapTable,
  at: { inForce: boolean; stored?: StoredNationalCapVersion; editable: boolean },
): InstrumentCapsResponse {
  const { instrument, caps } = table;
  return {
    code: instrument.code,
    name: { vi: instrument.vi, en: instrument.en },
    effectiveFrom: instrument.effectiveFrom,
    inForce: at.inForce,
    source: table.source,
    editable: at.editable,
    updatedBy: at.stored?.updatedBy ?? null,
    updatedAtLocal: at.stored ? toVietnamTime(at.stored.updatedAt) : null,
    caps: Object.entries(caps).map(([category, rule]) => ({
      category,
      categoryLabel: categoryLabel(category),
      percentOfCost: rule.percentOfCost,
      maxVnd: rule.maxVnd,
      per: rule.per,
      unit: rule.per.vi === PER_MODEL.vi ? 'MODEL' : 'ESTABLISHMENT',
      article: rule.article,
      verified: rule.verified,
    })),
    advances: Object.entries(table.advances ?? {}).map(([category, rule]) => advanceView(category, undefined, rule)),
    priorityFactorPercent: shareView(at.stored?.priorityFactorPercent, table.priorityFactor, 'times'),
    unitOverheadPermille: shareView(at.stored?.unitOverheadPermille, table.unitOverheadShare, 'percent'),
    programmeManagementPermille: shareView(
      at.stored?.programmeManagementPermille,
      table.programmeManagementShare,
      'percent',
    ),
  };
}

/**
 * "Định mức hỗ trợ": the national caps of each legal instrument (domain data, by effective date), the advance rule
 * of each content area, and the provinces' own caps per year (policy data the administrator keeps). Also resolves
 * the rules a project is created under.
 */
function factorText(factor: RuleShare | undefined): string {
  const f = factor ?? PRIORITY_FACTOR;
  return `${f.numerator}/${f.denominator}`;
}

@Injectable()
export class SupportCapsService {
  constructor(
    private readonly localCaps: LocalSupportCaps,
    private readonly versions: NationalCapVersions,
  ) {}

  async view(actor: Actor, query: SupportCapsQuery): Promise<SupportCapsResponse> {
    const today = localDayOf(new Date().toISOString());
    const added = await this.versions.list();
    const tables = capTablesWith(added.map(capTableOf));
    const inForce = capTableInForce(today, tables).instrument.code;
    const mayEdit = holdsCapability(actor, 'admin.manage');
    return {
      instruments: tables.map((table) =>
        instrumentView(table, {
          inForce: table.instrument.code === inForce,
          stored: added.find((v) => v.code === table.instrument.code),
          editable: mayEdit && table.source === 'ADMIN' && !isInForce(table.instrument, today),
        }),
      ),
      priorityFactor: factorText(latestInForce(today, tables, (t) => t.priorityFactor, undefined)),
      advanceRules: [
        ...Object.keys(ADVANCE_RULES).map((category) =>
          advanceView(category, undefined, advanceRuleOn(today, category, undefined, tables)),
        ),
        ...SUPPORT_ITEMS.map((item) => advanceView(SUPPORT_ITEM_CATEGORY[item], item)),
      ],
      unitOverhead: shareInWords(unitOverheadShareOn(today, tables)),
      programmeManagement: shareInWords(programmeManagementShareFor(Number(today.slice(0, 4)), tables)),
      local: (await this.localCaps.list(query)).map(localView),
      mayEdit,
    };
  }

  /**
   * The national versions in force over time: the built-in instruments and the administrator's later ones.
   * `cached`: as read in the last few seconds (every creation asks).
   */
  async nationalTables({ cached = false } = {}): Promise<NationalCapTable[]> {
    return capTablesWith((await this.versions.list({ cached })).map(capTableOf));
  }

  /**
   * The rules a project created on `day` (today by default) would be held to: its province's caps for that year,
   * else the national version in force that day.
   */
  async rulesFor(
    query: Omit<SupportCapQuery, 'day'> & { item?: SupportItem },
    day = localDayOf(new Date().toISOString()),
    { cached = false } = {},
  ): Promise<ProjectMoneyRules> {
    const year = Number(day.slice(0, 4));
    const local =
      query.scope === 'LOCAL' ? await this.localCaps.forProvinceYear(query.provinceCode, year, { cached }) : [];
    return resolveMoneyRules({ ...query, day }, local, await this.nationalTables({ cached }));
  }

  async resolve(query: ResolveSupportCapQuery): Promise<ResolvedSupportCapResponse> {
    const day = query.day ?? localDayOf(new Date().toISOString());
    const rules = await this.rulesFor({ ...query, priority: query.priorityArea ?? false }, day);
    const cap = rules.supportCap;
    const overhead = rules.unitOverhead ?? UNIT_OVERHEAD_SHARE;
    return {
      capped: cap !== null,
      source: cap?.source ?? null,
      rule: cap ? describeSupportCap(cap) : null,
      limitVnd: cap && query.totalCostVnd !== undefined ? supportLimitVnd(cap, query.totalCostVnd) : null,
      advance: advanceView(
        query.category,
        query.enterpriseFormation ? 'ENTERPRISE_FORMATION' : undefined,
        rules.advance,
      ),
      unitOverheadMaxVnd: query.totalCostVnd !== undefined ? shareOfVnd(query.totalCostVnd, overhead) : null,
      unitOverheadShare: sharePercent(overhead),
      day,
    };
  }

  /** Adds or changes a later version of the national caps: 400 by field, 409 when it is in force or clashes. */
  async saveVersion(actor: Actor, code: string, body: NationalCapVersionDto): Promise<InstrumentCapsResponse> {
    const version: NationalCapVersion = {
      code,
      nameVi: body.nameVi.normalize('NFC').trim(),
      nameEn: (body.nameEn ?? body.nameVi).normalize('NFC').trim(),
      effectiveFrom: body.effectiveFrom,
      caps: body.caps.map((row) => ({
        category: row.category,
        percentOfCost: row.percentOfCost ?? null,
        maxVnd: row.maxVnd ?? null,
        per: row.per,
        article: (row.article ?? '').normalize('NFC').trim(),
      })),
      advances: (body.advances ?? []).map((row) => ({
        category: row.category,
        percent: row.percent,
        condition: row.condition,
        morePercentThan: row.morePercentThan ?? null,
        measure: row.measure ?? null,
        article: (row.article ?? '').normalize('NFC').trim(),
      })),
      priorityFactorPercent: body.priorityFactorPercent ?? null,
      unitOverheadPermille: body.unitOverheadPermille ?? null,
      programmeManagementPermille: body.programmeManagementPermille ?? null,
    };
    const fields = capVersionFieldProblems(version);
    if (Object.keys(fields).length) {
      throw ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${Object.values(fields).join('; ')}`, {
        fields,
      });
    }
    const today = localDayOf(new Date().toISOString());
    const conflict = capVersionConflict(version, await this.versions.list(), today);
    if (conflict) throw new ApiError(409, 'RULE_VERSION_LOCKED', `${conflict.vi} / ${conflict.en}`);
    const saved = await this.versions.save(version, actor.email);
    return instrumentView(capTableOf(saved), {
      inForce: false,
      stored: saved,
      editable: !isInForce(saved, today),
    });
  }

  async removeVersion(code: string): Promise<void> {
    const version = (await this.versions.list()).find((v) => v.code === code);
    if (!version) throw ApiError.notFound('văn bản định mức', 'cap instrument', code);
    const problem = capVersionRemovalProblem(version, localDayOf(new Date().toISOString()));
    if (problem) throw new ApiError(409, 'RULE_VERSION_LOCKED', `${problem.vi} / ${problem.en}`);
    await this.versions.remove(code);
  }

  async save(
    actor: Actor,
    at: { provinceCode: string; year: number; category: string },
    body: LocalSupportCapDto,
  ): Promise<LocalSupportCapResponse> {
    const percentOfCost = body.percentOfCost ?? null;
    const maxVnd = body.maxVnd ?? null;
    if (percentOfCost === null && maxVnd === null) {
      const message =
        'Cần ít nhất một trong hai: tỷ lệ trên tổng kinh phí (percentOfCost) hoặc mức tối đa (maxVnd) / give percentOfCost, maxVnd or both';
      throw ApiError.badRequest(message, { fields: { percentOfCost: message, maxVnd: message } });
    }
    const saved = await this.localCaps.save(
      { ...at, percentOfCost, maxVnd, basis: body.basis.normalize('NFC').trim() },
      actor.email,
    );
    return localView(saved);
  }

  async remove(at: { provinceCode: string; year: number; category: string }): Promise<void> {
    if (!(await this.localCaps.remove(at.provinceCode, at.year, at.category))) {
      throw ApiError.notFound('định mức', 'cap', `${at.provinceCode}/${at.year}/${at.category}`);
    }
  }
}
