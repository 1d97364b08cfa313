import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ADJUSTMENT_ACTIONS, ADJUSTMENT_KINDS, AdjustmentAction, AdjustmentKind } from '@kc/domain';
import { IsCalendarDate } from '../common/is-calendar-date';

/** The changed terms a kind may carry (the domain checks which and their rules). */
export class AdjustmentChangesDto {
  @ApiPropertyOptional({ description: 'SITE' }) site?: string;
  @ApiPropertyOptional({ description: 'BENEFICIARY' }) beneficiary?: string;
  @ApiPropertyOptional({ description: 'PARTNER' }) partner?: string;
  @ApiPropertyOptional({ description: 'CONTENT: a content area code', example: 'MACHINERY' }) category?: string;
  @ApiPropertyOptional({ description: 'TIMING', example: '2026-05-01' }) plannedStart?: string;
  @ApiPropertyOptional({ description: 'TIMING, EXTENSION_NEXT_YEAR', example: '2026-12-15' }) plannedEnd?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'FUNDING_INCREASE, FUNDING_DECREASE: support, VND' })
  supportVnd?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'FUNDING_INCREASE, FUNDING_DECREASE: total cost, VND' })
  totalCostVnd?: number;
}

export class RequestAdjustmentDto {
  @ApiProperty({ enum: ADJUSTMENT_KINDS, enumName: 'AdjustmentKind', example: 'SITE' })
  @IsIn(ADJUSTMENT_KINDS as unknown as string[], {
    message: `kind phải là một trong / must be one of: ${ADJUSTMENT_KINDS.join(', ')}`,
  })
  kind!: AdjustmentKind;

  @ApiProperty({ example: 'Cơ sở thụ hưởng chuyển xưởng sang cụm công nghiệp Phú Nghĩa' })
  @IsString({ message: 'reason phải là văn bản / must be text' })
  @MinLength(1, { message: 'Cần nêu lý do / reason is required' })
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ type: AdjustmentChangesDto, description: 'The changed terms; none for STOP' })
  @IsOptional()
  @IsObject({ message: 'changes phải là một đối tượng / must be an object' })
  changes?: Record<string, unknown>;
}

export class AdjustmentActionDto {
  @ApiProperty({ enum: ADJUSTMENT_ACTIONS, enumName: 'AdjustmentAction', example: 'certify' })
  @IsIn(ADJUSTMENT_ACTIONS as unknown as string[], {
    message: `action phải là một trong / must be one of: ${ADJUSTMENT_ACTIONS.join(', ')}`,
  })
  action!: AdjustmentAction;

  @ApiPropertyOptional({ description: 'Required to reject or withdraw' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'approve: the decision or contract amendment', example: '45/QĐ-BCT' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  decisionNo?: string;

  @ApiPropertyOptional({ description: 'approve: its day', example: '2026-06-10' })
  @IsOptional()
  @IsCalendarDate()
  decisionDate?: string;
}
