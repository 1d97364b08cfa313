import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date';
import { IsUuidField } from '../common/is-uuid-field';
import {
  ACTIONS,
  ActionName,
  DISBURSEMENT_KINDS,
  DisbursementKind,
  CERTIFYING_BODIES,
  MAX_GROUP_BENEFICIARIES,
  needsDecisionPaper,
} from '@kc/domain';

/** One establishment of a group project's implementation plan (Mẫu 11). */
export class ImplPlanBeneficiaryDto {
  @ApiProperty({ example: 'HTX Chế biến nông sản Yên Phong' })
  @IsString({ message: 'beneficiaries[].name: cần tên cơ sở / the name is required' })
  @Matches(/\S/, { message: 'beneficiaries[].name: cần tên cơ sở / the name is required' })
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 'xã Yên Phong, tỉnh Bắc Ninh' })
  @IsString({ message: 'beneficiaries[].site: cần địa điểm thực hiện / the site is required' })
  @Matches(/\S/, { message: 'beneficiaries[].site: cần địa điểm thực hiện / the site is required' })
  @MaxLength(300)
  site!: string;

  @ApiProperty({ example: 300000000, description: 'Support for this establishment, integer VND' })
  @IsInt({ message: 'beneficiaries[].supportVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  supportVnd!: number;
}

export class ProjectActionDto {
  @ApiProperty({ enum: ACTIONS, example: 'submit' })
  @IsIn(ACTIONS as unknown as string[], { message: `action phải là một trong / must be one of: ${ACTIONS.join(', ')}` })
  action!: ActionName;

  @ApiPropertyOptional({ description: 'Required for return, reject, suspend, request_rework, terminate' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'sign_contract', example: '15/HĐ-KCĐP-2026' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contractNo?: string;

  @ApiPropertyOptional({ description: 'sign_contract', example: '2026-04-01' })
  @IsOptional()
  @IsCalendarDate()
  contractDate?: string;

  @ApiPropertyOptional({ description: 'accept: acceptance minutes number', example: '07/BB-NT' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  minutesNo?: string;

  @ApiPropertyOptional({ description: 'accept', example: '2026-11-20' })
  @IsOptional()
  @IsCalendarDate()
  minutesDate?: string;

  @ApiPropertyOptional({ description: 'record_disbursement: integer VND', example: 50000000 })
  @IsOptional()
  @IsInt({ message: 'amountVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountVnd?: number;

  @ApiPropertyOptional({ enum: DISBURSEMENT_KINDS, description: 'record_disbursement' })
  @IsOptional()
  @IsIn(DISBURSEMENT_KINDS as unknown as string[], {
    message: 'kind phải là ADVANCE hoặc FINAL / must be ADVANCE or FINAL',
  })
  kind?: DisbursementKind;

  @ApiPropertyOptional({
    description: 'approve, terminate (required): number of the decision (số quyết định)',
    example: '125/QĐ-SCT',
  })
  @ValidateIf((body: ProjectActionDto) => needsDecisionPaper(body.action) || body.decisionNo !== undefined)
  @IsString({ message: 'decisionNo: cần số quyết định / the decision number is required' })
  @MinLength(1, { message: 'decisionNo: cần số quyết định / the decision number is required' })
  @MaxLength(100)
  decisionNo?: string;

  @ApiPropertyOptional({ description: 'approve, terminate (required): day of the decision', example: '2026-04-01' })
  @ValidateIf((body: ProjectActionDto) => needsDecisionPaper(body.action) || body.decisionDate !== undefined)
  @IsCalendarDate()
  decisionDate?: string;

  @ApiPropertyOptional({
    description: 'approve (required): approved support in VND, at most the requested support',
    example: 135000000,
  })
  @ValidateIf((body: ProjectActionDto) => body.action === 'approve' || body.approvedSupportVnd !== undefined)
  @IsInt({ message: 'approvedSupportVnd phải là số nguyên VND / must be a whole number of VND' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  approvedSupportVnd?: number;

  @ApiPropertyOptional({
    description:
      'accept: accepted amount in VND (defaults to the approved support); accept_work_done (required): the value of the work done, at most the approved support (of a group project: the establishment’s share)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  acceptedAmountVnd?: number;

  @ApiPropertyOptional({
    description: 'certify_progress (required): percent of the work done as the certified progress report shows it',
    example: 75,
  })
  @IsOptional()
  @IsInt({ message: 'progressPercent phải là số nguyên từ 0 đến 100 / must be a whole number from 0 to 100' })
  @Min(0, { message: 'progressPercent phải là số nguyên từ 0 đến 100 / must be a whole number from 0 to 100' })
  @Max(100, { message: 'progressPercent phải là số nguyên từ 0 đến 100 / must be a whole number from 0 to 100' })
  progressPercent?: number;

  @ApiPropertyOptional({
    description: 'certify_progress (required): day of the progress report',
    example: '2026-06-30',
  })
  @IsOptional()
  @IsCalendarDate()
  reportDate?: string;

  @ApiPropertyOptional({
    enum: CERTIFYING_BODIES,
    description:
      'accept_work_done (required): who certified the work done after force majeure: the Department, the district or the commune People’s Committee',
  })
  @IsOptional()
  @IsIn(CERTIFYING_BODIES as unknown as string[], {
    message: `certifyingBody phải là một trong / must be one of: ${CERTIFYING_BODIES.join(', ')}`,
  })
  certifyingBody?: string;

  @ApiPropertyOptional({
    example: 'UBND xã Phú Nghĩa',
    description: 'accept_work_done (required): the certifying body by name',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  certifierName?: string;

  @ApiPropertyOptional({
    type: [ImplPlanBeneficiaryDto],
    description:
      'submit_impl_plan (required, group projects): the establishments of the implementation plan (Mẫu 11), 2 to 50, their support together at most the approved support',
  })
  @IsOptional()
  @IsArray({ message: 'beneficiaries phải là danh sách / beneficiaries must be a list' })
  @ArrayMaxSize(MAX_GROUP_BENEFICIARIES, {
    message: `beneficiaries: tối đa ${MAX_GROUP_BENEFICIARIES} cơ sở / at most ${MAX_GROUP_BENEFICIARIES} beneficiaries`,
  })
  @ValidateNested({ each: true })
  @Type(() => ImplPlanBeneficiaryDto)
  beneficiaries?: ImplPlanBeneficiaryDto[];

  @ApiPropertyOptional({
    example: '0109876543',
    description:
      'record_disbursement FINAL of support for forming an enterprise (required): the enterprise code on its business registration certificate',
  })
  @IsOptional()
  @IsString({ message: 'businessRegistrationNo phải là chuỗi / businessRegistrationNo must be text' })
  @MaxLength(20, { message: 'businessRegistrationNo: tối đa 20 ký tự / at most 20 characters' })
  businessRegistrationNo?: string;

  @ApiPropertyOptional({
    example: 'NT1',
    description:
      'accept_beneficiary (required); of a group project, record_disbursement, accept_work_done and refund_advance (required): the establishment',
  })
  @IsOptional()
  @IsString()
  @Matches(/^NT\d{1,2}$/, { message: 'beneficiaryId có dạng NT1, NT2… / beneficiaryId looks like NT1, NT2…' })
  beneficiaryId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'approve: the plan line the project draws on (else the one chosen at creation, or the default line)',
  })
  @IsOptional()
  @IsUuidField('planLineId', { vi: 'mã dòng kế hoạch', en: 'a plan line id' })
  planLineId?: string;

  @ApiPropertyOptional({
    description:
      "approve: why the project is approved past its plan line's assigned estimate (only the plan's approver); kept in the audit log",
  })
  @IsOptional()
  @IsString({ message: 'overAllocationReason phải là chuỗi / must be a string' })
  @Matches(/\S/, { message: 'overAllocationReason không được để trống / must not be blank' })
  @MaxLength(2000)
  overAllocationReason?: string;
}
