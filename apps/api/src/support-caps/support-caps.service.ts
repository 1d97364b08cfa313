import { Injectable } from '@nestjs/common';
import {
  ADVANCE_RULES,
  Actor,
  CATEGORIES,
  PRIORITY_FACTOR,
  ProjectMoneyRules,
  SupportCapQuery,
  advanceRuleFor,
  describeAdvanceCondition,
  describeSupportCap,
  findProvince,
  holdsCapability,
  instrumentInForce,
  localDayOf,
  nationalCapTables,
  resolveMoneyRules,
  supportLimitVnd,
} from '@kc/domain';
import { LocalSupportCaps, StoredLocalSupportCap } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { LocalSupportCapDto, ResolveSupportCapQuery, SupportCapsQuery } from './support-cap.dto';
import {
  AdvanceRuleResponse,
  LocalSupportCapResponse,
  ResolvedSupportCapResponse,
  SupportCapsResponse,
} from './support-cap.responses';

function categoryLabel(code: string) {
  const c = CATEGORIES.find((x) => x.code === code);
  return { vi: c?.vi ?? code, en: c?.en ?? code };
}

function advanceView(category: string): AdvanceRuleResponse {
  const rule = advanceRuleFor(category);
  return {
    category,
    categoryLabel: categoryLabel(category),
    percent: rule.percent,
    condition: describeAdvanceCondition(rule.condition),
    citation: rule.citation,
  };
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

/**
 * "Định mức hỗ trợ": the national caps of each legal instrument (domain data, by effective date), the advance rule
 * of each content area, and the provinces' own caps per year (policy data the administrator keeps). Also resolves
 * the rules a project is created under.
 */
@Injectable()
export class SupportCapsService {
  constructor(private readonly localCaps: LocalSupportCaps) {}

  async view(actor: Actor, query: SupportCapsQuery): Promise<SupportCapsResponse> {
    const today = localDayOf(new Date().toISOString());
    const inForce = instrumentInForce(today).code;
    return {
      instruments: nationalCapTables().map(({ instrument, caps }) => ({
        code: instrument.code,
        name: { vi: instrument.vi, en: instrument.en },
        effectiveFrom: instrument.effectiveFrom,
        inForce: instrument.code === inForce,
        caps: Object.entries(caps).map(([category, rule]) => ({
          category,
          categoryLabel: categoryLabel(category),
          percentOfCost: rule.percentOfCost,
          maxVnd: rule.maxVnd,
          per: rule.per,
          article: rule.article,
          verified: rule.verified,
        })),
      })),
      priorityFactor: `${PRIORITY_FACTOR.numerator}/${PRIORITY_FACTOR.denominator}`,
      advanceRules: Object.keys(ADVANCE_RULES).map(advanceView),
      local: (await this.localCaps.list(query)).map(localView),
      mayEdit: holdsCapability(actor, 'admin.manage'),
    };
  }

  /** The rules a project created today would be held to: its province's caps for this year, else the national. */
  async rulesFor(query: Omit<SupportCapQuery, 'day'>): Promise<ProjectMoneyRules> {
    const day = localDayOf(new Date().toISOString());
    const local =
      query.scope === 'LOCAL' ? await this.localCaps.forProvinceYear(query.provinceCode, Number(day.slice(0, 4))) : [];
    return resolveMoneyRules({ ...query, day }, local);
  }

  async resolve(query: ResolveSupportCapQuery): Promise<ResolvedSupportCapResponse> {
    const rules = await this.rulesFor({ ...query, priority: query.priorityArea ?? false });
    const cap = rules.supportCap;
    return {
      capped: cap !== null,
      source: cap?.source ?? null,
      rule: cap ? describeSupportCap(cap) : null,
      limitVnd: cap && query.totalCostVnd !== undefined ? supportLimitVnd(cap, query.totalCostVnd) : null,
      advance: advanceView(query.category),
    };
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
