/** The deadline policies and the year calendar, for the OpenAPI document (the web app's types are generated from it). */
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { ReportCadence, Span, StallLimit } from '@kc/domain';
import { BilingualText } from '../common/bilingual.response';

export class WorkingDaysSpan {
  @ApiProperty({ type: 'integer', minimum: 0 }) workingDays!: number;
}

export class CalendarDaysSpan {
  @ApiProperty({ type: 'integer', minimum: 0 }) days!: number;
}

export class DurationSpan {
  @ApiProperty({ example: 'PT30S', description: 'ISO 8601 duration without years or months (demos and tests)' })
  duration!: string;
}

const SPANS = [WorkingDaysSpan, CalendarDaysSpan, DurationSpan].map((span) => ({ $ref: getSchemaPath(span) }));
/** A span is working days, calendar days or a duration: exactly one of the three. */
const SPAN_SCHEMA = { oneOf: SPANS };

export class DayOfMonthCadence {
  @ApiProperty({ enum: ['MONTHLY', 'QUARTERLY'] }) kind!: 'MONTHLY' | 'QUARTERLY';
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 31 }) dueDay!: number;
}

export class IntervalCadence {
  @ApiProperty({ enum: ['EVERY'] }) kind!: 'EVERY';
  @ApiProperty({ example: 'PT30S' }) every!: string;
}

@ApiExtraModels(WorkingDaysSpan, CalendarDaysSpan, DurationSpan, DayOfMonthCadence, IntervalCadence)
export class ReportingPolicyResponse {
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(DayOfMonthCadence) }, { $ref: getSchemaPath(IntervalCadence) }] })
  cadence!: ReportCadence;
  @ApiProperty({ type: 'array', items: SPAN_SCHEMA }) remindBefore!: Span[];
  @ApiProperty(SPAN_SCHEMA) overdueRepeatEvery!: Span;
  @ApiProperty(SPAN_SCHEMA) escalateLevel1After!: Span;
  @ApiProperty({ type: 'integer', minimum: 1 }) escalateLevel1AfterMissedInARow!: number;
  @ApiProperty(SPAN_SCHEMA) escalateLevel2After!: Span;
  @ApiProperty({
    ...SPAN_SCHEMA,
    required: false,
    description: 'Level 3 (Minister / UBND chairman); 30 working days when absent',
  })
  escalateLevel3After?: Span;
}

export class DayOfYearResponse {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12 }) month!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 31 }) day!: number;
}

@ApiExtraModels(WorkingDaysSpan, CalendarDaysSpan, DurationSpan)
export class StallPolicyResponse {
  @ApiProperty({
    type: 'object',
    description: 'A waiting state’s time limit, by project state; PLANNED_END is the project’s planned end date',
    additionalProperties: { oneOf: [...SPANS, { type: 'string', enum: ['PLANNED_END'] }] },
  })
  limits!: Partial<Record<string, StallLimit>>;
  @ApiProperty({ type: DayOfYearResponse }) settlementCutoff!: DayOfYearResponse;
  @ApiProperty(SPAN_SCHEMA) escalateLevel1After!: Span;
  @ApiProperty(SPAN_SCHEMA) escalateLevel2After!: Span;
  @ApiProperty({
    ...SPAN_SCHEMA,
    required: false,
    description: 'Level 3 (Minister / UBND chairman); 30 working days when absent',
  })
  escalateLevel3After?: Span;
  @ApiProperty({
    type: DayOfYearResponse,
    required: false,
    description: 'Completion target of the plan year (level 3 for a project that cannot finish); 30/11 when absent',
  })
  yearEndCheckpoint?: DayOfYearResponse;
  @ApiProperty({
    type: DayOfYearResponse,
    required: false,
    description:
      'Day of year N-1 by which the Department registers national projects of plan year N with the Cục (TT 17/2018: 20/6); 20/6 when absent',
  })
  nationalRegistrationBy?: DayOfYearResponse;
}

export class DeadlinePolicyBody {
  @ApiProperty({ type: ReportingPolicyResponse }) reporting!: ReportingPolicyResponse;
  @ApiProperty({ type: StallPolicyResponse }) stall!: StallPolicyResponse;
}

export class StoredDeadlinePolicyResponse {
  @ApiProperty({ example: 'PROVINCE:HN' }) scopeKey!: string;
  @ApiProperty({ type: DeadlinePolicyBody }) policy!: DeadlinePolicyBody;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DeadlinePoliciesResponse {
  @ApiProperty({ type: DeadlinePolicyBody }) builtIn!: DeadlinePolicyBody;
  @ApiProperty({ type: [StoredDeadlinePolicyResponse] }) stored!: StoredDeadlinePolicyResponse[];
  @ApiProperty({ type: [String], example: ['DEFAULT', 'SCOPE:LOCAL', 'PROVINCE:HN'] }) scopeKeys!: string[];
}

export class SavedDeadlinePolicyResponse {
  @ApiProperty() scopeKey!: string;
  @ApiProperty({ type: DeadlinePolicyBody }) policy!: DeadlinePolicyBody;
}

export class NamedHolidayResponse {
  @ApiProperty({ example: '2027-02-06' }) day!: string;
  @ApiProperty({ type: BilingualText }) name!: BilingualText;
}

export class YearCalendarResponse {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ enum: ['STORED', 'BUILT_IN', 'NONE'], enumName: 'CalendarSource' })
  source!: 'STORED' | 'BUILT_IN' | 'NONE';
  @ApiProperty({ type: [NamedHolidayResponse] }) publicHolidays!: NamedHolidayResponse[];
  @ApiProperty({ type: [String], example: ['2027-02-12'] }) extraDaysOff!: string[];
  @ApiProperty({ type: [String], example: ['2027-02-20'] }) makeUpWorkdays!: string[];
}

export class SavedYearCalendarResponse {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: [String] }) extraDaysOff!: string[];
  @ApiProperty({ type: [String] }) makeUpWorkdays!: string[];
}
