import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsArray, Matches } from 'class-validator';
import {
  Actor,
  DEFAULT_DEADLINE_POLICY,
  DeadlinePolicy,
  PROVINCE_CODES,
  SCOPES,
  isIsoDate,
  validateDeadlinePolicy,
} from '@kc/domain';
import { BUILT_IN_OVERRIDES, namedPublicHolidays } from '@kc/calendar';
import { CalendarOverrides, DeadlinePolicies } from '@kc/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Requires } from '../auth/requires.decorator';
import { ApiError } from '../common/api-error';
import {
  DeadlinePoliciesResponse,
  DeadlinePolicyBody,
  SavedDeadlinePolicyResponse,
  SavedYearCalendarResponse,
  YearCalendarResponse,
} from './deadline-policy.responses';

/** A year in the path: a whole number, or a 400 a person can act on. */
const YEAR_PIPE = new ParseIntPipe({
  exceptionFactory: () =>
    ApiError.badRequest('Năm phải là số nguyên, ví dụ 2027 / the year must be a whole number, such as 2027'),
});

class CalendarOverridesDto {
  @ApiProperty({ type: [String], example: ['2027-02-12'] })
  @IsArray()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    each: true,
    message: 'extraDaysOff: mỗi ngày dạng YYYY-MM-DD / each day YYYY-MM-DD',
  })
  extraDaysOff!: string[];

  @ApiProperty({ type: [String], example: ['2027-02-20'] })
  @IsArray()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    each: true,
    message: 'makeUpWorkdays: mỗi ngày dạng YYYY-MM-DD / each day YYYY-MM-DD',
  })
  makeUpWorkdays!: string[];
}

const SCOPE_KEYS = ['DEFAULT', ...SCOPES.map((s) => `SCOPE:${s}`), ...PROVINCE_CODES.map((p) => `PROVINCE:${p}`)];

/** The years the calendar page offers; date-holidays' lunar rules are only meaningful within a range. */
const CALENDAR_YEARS = { from: 2000, to: 2100 };

/** Policy data an admin keeps: deadline policies per scope or province, and the yearly holiday table. */
@ApiTags('admin')
@ApiBearerAuth()
@Requires('admin.manage')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly policies: DeadlinePolicies,
    private readonly calendar: CalendarOverrides,
  ) {}

  @Get('deadline-policies')
  @ApiOperation({ summary: 'Chính sách thời hạn / stored deadline policies and the built-in default' })
  @ApiOkResponse({ type: DeadlinePoliciesResponse })
  async list(): Promise<DeadlinePoliciesResponse> {
    const stored = (await this.policies.list()).map((row) => ({
      ...row,
      updatedAt: new Date(row.updatedAt).toISOString(),
    }));
    return { builtIn: DEFAULT_DEADLINE_POLICY, stored, scopeKeys: SCOPE_KEYS };
  }

  @Put('deadline-policies/:scopeKey')
  @ApiOperation({
    summary:
      'Đặt chính sách / set the policy for DEFAULT, SCOPE:NATIONAL|LOCAL or PROVINCE:<code>; applies to projects created afterwards',
  })
  // The body stays the domain's type (validateDeadlinePolicy checks it); ApiBody only describes it.
  @ApiBody({ type: DeadlinePolicyBody })
  @ApiOkResponse({ type: SavedDeadlinePolicyResponse })
  async save(
    @CurrentActor() actor: Actor,
    @Param('scopeKey') scopeKey: string,
    @Body() policy: DeadlinePolicy,
  ): Promise<SavedDeadlinePolicyResponse> {
    if (!SCOPE_KEYS.includes(scopeKey)) {
      throw ApiError.badRequest(
        `scopeKey phải là DEFAULT, SCOPE:NATIONAL, SCOPE:LOCAL hoặc PROVINCE:<mã tỉnh> / scopeKey must be DEFAULT, SCOPE:<scope> or PROVINCE:<code>`,
      );
    }
    const problems = validateDeadlinePolicy(policy);
    if (problems.length) {
      throw ApiError.badRequest(`Quy định thời hạn không hợp lệ / invalid policy: ${problems.join('; ')}`, {
        problems,
      });
    }
    await this.policies.save(scopeKey, policy, actor.userId);
    return { scopeKey, policy };
  }

  @Get('calendar/:year')
  @ApiOperation({
    summary:
      'Lịch làm việc của năm / the year’s public holidays (named, read-only) and the Department’s extra days off and make-up working days',
  })
  @ApiOkResponse({ type: YearCalendarResponse })
  async calendarOf(@Param('year', YEAR_PIPE) year: number): Promise<YearCalendarResponse> {
    if (year < CALENDAR_YEARS.from || year > CALENDAR_YEARS.to) {
      throw ApiError.badRequest(
        `Năm phải từ ${CALENDAR_YEARS.from} đến ${CALENDAR_YEARS.to} / year must be from ${CALENDAR_YEARS.from} to ${CALENDAR_YEARS.to}`,
      );
    }
    const stored = (await this.calendar.forYears([year])).get(year);
    const overrides = stored ?? BUILT_IN_OVERRIDES[year];
    return {
      year,
      source: stored ? 'STORED' : overrides ? 'BUILT_IN' : 'NONE',
      publicHolidays: namedPublicHolidays(year, overrides),
      extraDaysOff: overrides?.extraDaysOff ?? [],
      makeUpWorkdays: overrides?.makeUpWorkdays ?? [],
    };
  }

  @Put('calendar/:year')
  @ApiOperation({ summary: 'Ngày nghỉ bổ sung, ngày làm bù / the year’s extra days off and make-up working days' })
  @ApiOkResponse({ type: SavedYearCalendarResponse })
  async saveCalendar(
    @CurrentActor() actor: Actor,
    @Param('year', YEAR_PIPE) year: number,
    @Body() body: CalendarOverridesDto,
  ): Promise<SavedYearCalendarResponse> {
    const days = [...body.extraDaysOff, ...body.makeUpWorkdays];
    const wrong = days.find((d) => !isIsoDate(d) || Number(d.slice(0, 4)) !== year);
    if (wrong)
      throw ApiError.badRequest(
        `Ngày ${wrong} không hợp lệ hoặc không thuộc năm ${year} / ${wrong} is not a real day of ${year}`,
      );
    await this.calendar.save(year, body, actor.userId);
    return { year, ...body };
  }
}
