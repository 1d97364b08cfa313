import { ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/bilingual.response';

export class SupportCapRuleResponse {
  @ApiProperty({ example: 'MACHINERY' }) category!: string;
  @ApiProperty({ type: BilingualText }) categoryLabel!: BilingualText;
  @ApiProperty({ type: 'integer', nullable: true, example: 50 }) percentOfCost!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 300000000, description: 'VND' }) maxVnd!: number | null;
  @ApiProperty({ type: BilingualText }) per!: BilingualText;
  @ApiProperty({ enum: ['MODEL', 'ESTABLISHMENT'] }) unit!: 'MODEL' | 'ESTABLISHMENT';
  @ApiProperty({ example: 'Điều 8' }) article!: string;
  @ApiProperty({ description: 'False where the figure is not yet verified against the instrument' }) verified!: boolean;
}

export class AdvanceRuleResponse {
  @ApiProperty({ example: 'MACHINERY' }) category!: string;
  @ApiProperty({
    type: String,
    enum: ['ENTERPRISE_FORMATION'],
    nullable: true,
    description: 'A support item with its own rule inside the content area',
  })
  item!: 'ENTERPRISE_FORMATION' | null;
  @ApiProperty({ type: BilingualText }) categoryLabel!: BilingualText;
  @ApiProperty({ type: 'integer', example: 70 }) percent!: number;
  @ApiProperty({ type: BilingualText }) condition!: BilingualText;
  @ApiProperty({ enum: ['CONTRACT', 'CERTIFIED_PROGRESS', 'BASE_ACCEPTANCE'] })
  conditionKind!: 'CONTRACT' | 'CERTIFIED_PROGRESS' | 'BASE_ACCEPTANCE';
  @ApiProperty({ type: 'integer', nullable: true, description: 'CERTIFIED_PROGRESS: more than this percent done' })
  morePercentThan!: number | null;
  @ApiProperty({ enum: ['VOLUME', 'INVESTMENT'], nullable: true }) measure!: 'VOLUME' | 'INVESTMENT' | null;
  @ApiProperty({ type: BilingualText }) citation!: BilingualText;
}

/** A share a later instrument sets, as entered and in words. */
export class RuleShareResponse {
  @ApiProperty({ type: 'integer', example: 25 }) value!: number;
  @ApiProperty({ type: BilingualText, description: '"2,5%" / "2.5%", or "1,5 lần" / "1.5 times"' })
  text!: BilingualText;
}

export class InstrumentCapsResponse {
  @ApiProperty({ example: 'TT-28-2018' }) code!: string;
  @ApiProperty({ type: BilingualText }) name!: BilingualText;
  @ApiProperty({ example: '2018-05-12' }) effectiveFrom!: string;
  @ApiProperty({ description: 'The instrument in force today' }) inForce!: boolean;
  @ApiProperty({
    enum: ['BUILT_IN', 'ADMIN'],
    description: 'BUILT_IN: an instrument the system knows; ADMIN: a later one the administrator entered',
  })
  source!: 'BUILT_IN' | 'ADMIN';
  @ApiProperty({ description: 'Whether the reader may change or remove it (an administrator, before it takes effect)' })
  editable!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Who entered it (ADMIN)' }) updatedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Asia/Ho_Chi_Minh, dd/MM/yyyy HH:mm (ADMIN)' })
  updatedAtLocal!: string | null;
  @ApiProperty({ type: [SupportCapRuleResponse] }) caps!: SupportCapRuleResponse[];
  @ApiProperty({ type: [AdvanceRuleResponse], description: 'Advance rules it changes (ADMIN); others stay as before' })
  advances!: AdvanceRuleResponse[];
  @ApiProperty({ type: RuleShareResponse, nullable: true, description: 'Priority factor it sets, percent' })
  priorityFactorPercent!: RuleShareResponse | null;
  @ApiProperty({ type: RuleShareResponse, nullable: true, description: 'Unit overhead it sets, per mille' })
  unitOverheadPermille!: RuleShareResponse | null;
  @ApiProperty({ type: RuleShareResponse, nullable: true, description: 'Programme management it sets, per mille' })
  programmeManagementPermille!: RuleShareResponse | null;
}

export class LocalSupportCapResponse {
  @ApiProperty({ example: 'PT' }) provinceCode!: string;
  @ApiProperty({ example: 'Phú Thọ' }) provinceName!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ example: 'MACHINERY' }) category!: string;
  @ApiProperty({ type: BilingualText }) categoryLabel!: BilingualText;
  @ApiProperty({ type: 'integer', nullable: true }) percentOfCost!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'VND' }) maxVnd!: number | null;
  @ApiProperty() basis!: string;
  @ApiProperty() updatedBy!: string;
  @ApiProperty({ description: 'UTC ISO' }) updatedAt!: string;
  @ApiProperty({ description: 'Asia/Ho_Chi_Minh, dd/MM/yyyy HH:mm' }) updatedAtLocal!: string;
}

/** Everything the "Định mức hỗ trợ" page shows. */
export class SupportCapsResponse {
  @ApiProperty({ type: [InstrumentCapsResponse], description: 'National caps by instrument, oldest first' })
  instruments!: InstrumentCapsResponse[];
  @ApiProperty({ example: '3/2', description: 'Priority areas: this times the national maximum (in force today)' })
  priorityFactor!: string;
  @ApiProperty({ type: [AdvanceRuleResponse], description: 'The advance rule of each content area in force today' })
  advanceRules!: AdvanceRuleResponse[];
  @ApiProperty({ type: BilingualText, description: "The unit's overhead share in force today, with its instrument" })
  unitOverhead!: BilingualText;
  @ApiProperty({ type: BilingualText, description: "Programme management's share for this year's plans" })
  programmeManagement!: BilingualText;
  @ApiProperty({ type: [LocalSupportCapResponse] }) local!: LocalSupportCapResponse[];
  @ApiProperty({ description: 'Whether the reader may set and remove the provinces’ caps and the later national ones' })
  mayEdit!: boolean;
}

/** The cap a project would be held to if created today. */
export class ResolvedSupportCapResponse {
  @ApiProperty({ description: 'False: the content area has no share-and-maximum cap' }) capped!: boolean;
  @ApiProperty({ enum: ['NATIONAL', 'LOCAL'], nullable: true }) source!: 'NATIONAL' | 'LOCAL' | null;
  @ApiProperty({ type: BilingualText, nullable: true }) rule!: BilingualText | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The limit for totalCostVnd, VND (when given)' })
  limitVnd!: number | null;
  @ApiProperty({ type: AdvanceRuleResponse }) advance!: AdvanceRuleResponse;
  @ApiProperty({ type: 'integer', nullable: true, description: "The unit's most overhead for totalCostVnd, VND" })
  unitOverheadMaxVnd!: number | null;
  @ApiProperty({ type: BilingualText, description: 'The unit overhead share, e.g. "2,5%"' })
  unitOverheadShare!: BilingualText;
  @ApiProperty({ example: '2026-12-03', description: 'The day of creation it was resolved for' }) day!: string;
}
