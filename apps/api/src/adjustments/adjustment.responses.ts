import { ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/bilingual.response';

export class ProjectTermsResponse {
  @ApiProperty() beneficiary!: string;
  @ApiProperty({ type: String, nullable: true }) site!: string | null;
  @ApiProperty({ type: String, nullable: true }) partner!: string | null;
  @ApiProperty({ example: 'MACHINERY' }) category!: string;
  @ApiProperty({ example: '2026-03-01' }) plannedStart!: string;
  @ApiProperty({ example: '2026-11-30' }) plannedEnd!: string;
  @ApiProperty({ type: 'integer', description: 'VND' }) totalCostVnd!: number;
  @ApiProperty({ type: 'integer', description: 'VND' }) supportVnd!: number;
}

export class AdjustmentDeciderResponse {
  @ApiProperty({ description: 'The role that decides' }) role!: string;
  @ApiProperty({ example: 'Bộ Công Thương' }) organisation!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who receives a copy of the decision' })
  copyTo!: string | null;
  @ApiProperty({ example: 'Bộ trưởng Bộ Công Thương (hoặc Thứ trưởng được ủy quyền)' }) vi!: string;
  @ApiProperty({ example: 'the Minister' }) en!: string;
}

export class AdjustmentActorResponse {
  @ApiProperty() email!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ type: BilingualText }) position!: BilingualText;
}

export class TermChangeResponse {
  @ApiProperty({ example: 'site' }) field!: string;
  @ApiProperty({ type: BilingualText }) label!: BilingualText;
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] }) before!: string | number | null;
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] }) after!: string | number | null;
}

export class AdjustmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ example: 'SITE' }) kind!: string;
  @ApiProperty({ type: BilingualText }) kindLabel!: BilingualText;
  @ApiProperty({ example: 'REQUESTED' }) status!: string;
  @ApiProperty({ type: BilingualText }) statusLabel!: BilingualText;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: ProjectTermsResponse }) termsBefore!: ProjectTermsResponse;
  @ApiProperty({ type: ProjectTermsResponse, description: 'As asked; as applied once approved' })
  termsProposed!: ProjectTermsResponse;
  @ApiProperty({ type: [TermChangeResponse], description: 'The side-by-side of the terms that change' })
  changes!: TermChangeResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'NT2',
    description: 'A group project: the establishment of the plan the change concerns (its row changes)',
  })
  beneficiaryId!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The terms version an approval made' })
  termsVersion!: number | null;
  @ApiProperty({ type: AdjustmentDeciderResponse }) decider!: AdjustmentDeciderResponse;
  @ApiProperty({ type: AdjustmentActorResponse }) requestedBy!: AdjustmentActorResponse;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ example: '08:30:00 02/12/2026' }) requestedAtLocal!: string;
  @ApiProperty({ type: AdjustmentActorResponse, nullable: true }) certifiedBy!: AdjustmentActorResponse | null;
  @ApiProperty({ type: String, nullable: true }) certifiedAtLocal!: string | null;
  @ApiProperty({ type: AdjustmentActorResponse, nullable: true }) decidedBy!: AdjustmentActorResponse | null;
  @ApiProperty({ type: String, nullable: true }) decidedAtLocal!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNo!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionDate!: string | null;
  @ApiProperty({ type: [String], description: 'What this user may do on the request now' })
  allowedActions!: string[];
}

export class TermsVersionResponse {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: ProjectTermsResponse }) terms!: ProjectTermsResponse;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The approved request that made it' })
  adjustmentId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When it took effect (Vietnam time); null for version 1' })
  effectiveAtLocal!: string | null;
}
