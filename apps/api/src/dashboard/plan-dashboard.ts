import { Injectable } from '@nestjs/common';
import {
  Actor,
  CATEGORIES,
  REGION_LABELS,
  RegionKey,
  currentProvinceCode,
  parseRegion,
  provinceCodesNowIn,
  provinceNameAnyTime,
  regionProvincesInYear,
} from '@kc/domain';
import { Plans } from '@kc/persistence';
import { figuresView, sumFigures } from '../plans/plan-figures';
import { provincesOfReach } from '../plans/plans.service';
import type { DashboardQuery } from './dashboard.query';
import type { DashboardResponse, PlanMoneyResponse } from './dashboard.responses';

export type PlanPart = Pick<
  DashboardResponse,
  | keyof PlanMoneyResponse
  | 'year'
  | 'region'
  | 'provinceCode'
  | 'provinceBy'
  | 'byProvince'
  | 'byCategory'
  | 'mostUndisbursed'
>;

const money = (f: Parameters<typeof figuresView>[0]): PlanMoneyResponse => figuresView(f);

function thisYearInVietnam(): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
}

/** The plan figures of the dashboard (issue 14): a year's approved plans in a region or province, in the caller's reach. */
@Injectable()
export class PlanDashboard {
  constructor(private readonly plans: Plans) {}

  async figures(actor: Actor, query: DashboardQuery): Promise<PlanPart> {
    const year = query.year ?? thisYearInVietnam();
    const region: RegionKey | null = query.region ? parseRegion(query.region) : null;
    // null: every plan of the year, the national one too; a list: the local plans of those provinces.
    let provinces: string[] | null = region ? [...regionProvincesInYear(region, year)] : null;
    const byCurrent = query.provinceBy === 'CURRENT';
    // Read by today's unit, Hải Phòng takes in Hải Dương's plans of the years before the merger.
    const read = (code: string) => (byCurrent ? currentProvinceCode(code) : code);
    if (query.provinceCode) {
      const asked = byCurrent ? provinceCodesNowIn(currentProvinceCode(query.provinceCode)) : [query.provinceCode];
      provinces = provinces ? provinces.filter((p) => asked.includes(p)) : asked;
    }
    const reach = provincesOfReach(actor);
    if (reach !== 'ALL') provinces = provinces ? provinces.filter((p) => reach.includes(p)) : reach;
    const filter = { year, provinceCodes: provinces };
    const [rows, top] = await Promise.all([this.plans.figures(filter), this.plans.mostUndisbursed(filter, 10)]);
    const byProvince = new Map<string | null, typeof rows>();
    const byCategory = new Map<string, typeof rows>();
    for (const r of rows) {
      const province = r.provinceCode === null ? null : read(r.provinceCode);
      byProvince.set(province, [...(byProvince.get(province) ?? []), r]);
      byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
    }
    return {
      year,
      region: region
        ? { key: region, ...REGION_LABELS[region], provinceCodes: [...regionProvincesInYear(region, year)] }
        : null,
      provinceCode: query.provinceCode ?? null,
      provinceBy: byCurrent ? 'CURRENT' : 'AT_THE_TIME',
      ...money(sumFigures(rows)),
      byProvince: [...byProvince.entries()].map(([provinceCode, group]) => ({
        provinceCode,
        provinceName: provinceCode ? provinceNameAnyTime(provinceCode) : 'Kế hoạch quốc gia / national plan',
        ...money(sumFigures(group)),
      })),
      byCategory: CATEGORIES.filter((c) => byCategory.has(c.code)).map((c) => ({
        category: c.code,
        label: { vi: c.vi, en: c.en },
        ...money(sumFigures(byCategory.get(c.code)!)),
      })),
      mostUndisbursed: top.map((p) => ({
        ...p,
        approvedVnd: Number(p.approvedVnd),
        disbursedVnd: Number(p.disbursedVnd),
        undisbursedVnd: Number(p.undisbursedVnd),
      })),
    };
  }
}
