/** The calendar policies' answers, for the OpenAPI document (the web app's types are generated from it). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_MILESTONES, PLAN_LEVELS, type CalendarMilestone, type PlanLevel } from '@kc/domain';
import { BilingualText } from '../common/bilingual.response';

export class MilestoneDateResponse {
  @ApiProperty({ type: 'integer', enum: [-1, 0, 1], description: 'Year N-1, N or N+1 of plan year N' })
  yearOffset!: -1 | 0 | 1;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12 }) month!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 31 }) day!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Days before the due day the reminder goes; 0: none' })
  remindDaysBefore!: number;
}

export class MilestoneOverrideResponse {
  @ApiPropertyOptional({ type: 'integer', enum: [-1, 0, 1] }) yearOffset?: -1 | 0 | 1;
  @ApiPropertyOptional({ type: 'integer' }) month?: number;
  @ApiPropertyOptional({ type: 'integer' }) day?: number;
  @ApiPropertyOptional({ type: 'integer' }) remindDaysBefore?: number;
}

export class EffectiveMilestoneResponse extends MilestoneDateResponse {
  @ApiProperty({ example: '2026-06-20', description: 'The day the rule names' }) nominalDay!: string;
  @ApiProperty({
    example: '2026-06-22',
    description: 'The day it falls due: a weekend or holiday moves to the next working day (BLDS 2015 art. 148)',
  })
  dueDay!: string;
  @ApiProperty({ format: 'date-time', description: 'End of the due day, 24:00 Vietnam time' }) dueAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the reminder goes; null: none' })
  remindAt!: string | null;
  @ApiProperty({ description: 'The due day is later than the day named (rolled over)' }) rolled!: boolean;
}

export class MilestonePolicyResponse {
  @ApiProperty({ enum: CALENDAR_MILESTONES, enumName: 'CalendarMilestone' }) milestone!: CalendarMilestone;
  @ApiProperty({ type: BilingualText }) label!: BilingualText;
  @ApiProperty({ example: 'TT 36/2013/TT-BCT Điều 10 khoản 2, sửa đổi bởi TT 17/2018/TT-BCT' }) legalBasis!: string;
  @ApiProperty({ type: MilestoneDateResponse, description: 'What applies without this scope’s override' })
  default!: MilestoneDateResponse;
  @ApiProperty({
    enum: ['BUILT_IN', 'DEADLINE_POLICY', 'LEVEL'],
    description: 'Where the default comes from: the law’s table, the deadline policy, or the level’s own dates',
  })
  defaultSource!: 'BUILT_IN' | 'DEADLINE_POLICY' | 'LEVEL';
  @ApiProperty({ type: MilestoneOverrideResponse, nullable: true }) override!: MilestoneOverrideResponse | null;
  @ApiProperty({ type: String, nullable: true, example: '10:05 27/11/2026', description: 'Vietnam time' })
  updatedAtLocal!: string | null;
  @ApiProperty({ type: EffectiveMilestoneResponse }) effective!: EffectiveMilestoneResponse;
}

export class CalendarPoliciesResponse {
  @ApiProperty({ enum: PLAN_LEVELS }) level!: PlanLevel;
  @ApiProperty({ type: String, nullable: true, description: 'null: the level’s dates for every province' })
  provinceCode!: string | null;
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ type: [MilestonePolicyResponse], description: 'In the order they fall due' })
  milestones!: MilestonePolicyResponse[];
}

export class SavedCalendarPoliciesResponse extends CalendarPoliciesResponse {
  @ApiProperty({
    type: [String],
    example: ['plan-calendar-LOCAL-2027'],
    description: 'The running calendars told to read their dates again',
  })
  notifiedCalendars!: string[];
}
