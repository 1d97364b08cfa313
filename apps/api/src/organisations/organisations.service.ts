import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Actor, LocalApprover, ORGANISATION_KIND_LABELS, findProvince } from '@kc/domain';
import { OrganisationEntity, Organisations, ProvinceRule, ProvinceRules } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { CreateOrganisationDto, ListOrganisationsQuery } from './organisation.dto';
import type { OrganisationResponse, ProvinceRuleResponse } from './organisation.responses';

export const LOCAL_APPROVER_LABELS: Record<LocalApprover, { vi: string; en: string }> = {
  DEPARTMENT: { vi: 'Lãnh đạo Sở Công Thương', en: 'the Department leader' },
  UBND: { vi: 'Ủy ban nhân dân tỉnh', en: "the provincial People's Committee" },
};

export function organisationView(o: OrganisationEntity): OrganisationResponse {
  return {
    id: o.id,
    code: o.code,
    kind: o.kind,
    kindLabel: ORGANISATION_KIND_LABELS[o.kind],
    name: o.name,
    provinceCode: o.provinceCode,
    nameHistory: o.nameHistory ?? null,
  };
}

function ruleView(rule: ProvinceRule): ProvinceRuleResponse {
  return {
    provinceCode: rule.provinceCode,
    provinceName: findProvince(rule.provinceCode)?.name ?? rule.provinceCode,
    localApprover: rule.localApprover,
    localApproverLabel: LOCAL_APPROVER_LABELS[rule.localApprover],
    set: rule.updatedAt !== null,
    updatedAt: rule.updatedAt ? new Date(rule.updatedAt).toISOString() : null,
    updatedAtLocal: rule.updatedAt ? toVietnamTime(new Date(rule.updatedAt)) : null,
  };
}

/** Organisations (listed for everyone signed in, added by the admin) and the provinces' approval regulation. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: Organisations,
    private readonly rules: ProvinceRules,
  ) {}

  async list(query: ListOrganisationsQuery): Promise<{ items: OrganisationResponse[] }> {
    const rows = await this.organisations.list({
      national: query.provinceCode === 'NATIONAL',
      provinceCode: query.provinceCode === 'NATIONAL' ? undefined : query.provinceCode,
      kind: query.kind,
    });
    return { items: rows.map(organisationView) };
  }

  async create(body: CreateOrganisationDto): Promise<OrganisationResponse> {
    const name = body.name.normalize('NFC').trim().replace(/\s+/g, ' ');
    const prefix = body.kind === 'UBND_XA' ? 'XA' : 'DV';
    const code = body.code ?? `${prefix}-${body.provinceCode}-${randomBytes(3).toString('hex').toUpperCase()}`;
    const created = await this.organisations.create({ code, kind: body.kind, name, provinceCode: body.provinceCode });
    if (!created) {
      const taken = await this.organisations.findByCode(code);
      const message = taken
        ? `Mã ${code} đã được dùng cho ${taken.name} / the code ${code} is already used by ${taken.name}`
        : `${name} đã có trong tỉnh ${body.provinceCode} / ${name} already exists in ${body.provinceCode}`;
      throw new ApiError(409, 'CONFLICT', message, { fields: { [taken ? 'code' : 'name']: message } });
    }
    return organisationView(created);
  }

  async provinceRules(): Promise<{ items: ProvinceRuleResponse[] }> {
    return { items: (await this.rules.all()).map(ruleView) };
  }

  async setProvinceRule(
    actor: Actor,
    provinceCode: string,
    localApprover: LocalApprover,
  ): Promise<ProvinceRuleResponse> {
    if (!findProvince(provinceCode)) throw ApiError.notFound('tỉnh', 'province', provinceCode);
    return ruleView(await this.rules.set(provinceCode, localApprover, actor.userId));
  }
}
