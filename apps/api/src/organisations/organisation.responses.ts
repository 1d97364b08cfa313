import { ApiProperty } from '@nestjs/swagger';
import { LOCAL_APPROVERS, type LocalApprover, ORGANISATION_KINDS, type OrganisationKind } from '@kc/domain';
import { BilingualText } from '../common/bilingual.response';

export class DatedNameResponse {
  @ApiProperty({ example: '2025-03-01' }) from!: string;
  @ApiProperty() name!: string;
}

export class OrganisationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SCT-HN' }) code!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
  @ApiProperty({ type: BilingualText }) kindLabel!: BilingualText;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for the Ministry and the Cục' })
  provinceCode!: string | null;
  @ApiProperty({ type: [DatedNameResponse], nullable: true, description: 'Earlier names (the Cục before 2025)' })
  nameHistory!: DatedNameResponse[] | null;
}

export class OrganisationListResponse {
  @ApiProperty({ type: [OrganisationResponse] }) items!: OrganisationResponse[];
}

export class ProvinceRuleResponse {
  @ApiProperty({ example: 'HN' }) provinceCode!: string;
  @ApiProperty() provinceName!: string;
  @ApiProperty({ enum: LOCAL_APPROVERS }) localApprover!: LocalApprover;
  @ApiProperty({ type: BilingualText }) localApproverLabel!: BilingualText;
  @ApiProperty({ description: 'false while the province keeps the default (the Department leader)' }) set!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedAtLocal!: string | null;
}

export class ProvinceRuleListResponse {
  @ApiProperty({ type: [ProvinceRuleResponse] }) items!: ProvinceRuleResponse[];
}
