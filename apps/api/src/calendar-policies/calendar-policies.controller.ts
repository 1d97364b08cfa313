import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CALENDAR_MILESTONES, CalendarMilestone, PLAN_LEVELS, PlanLevel, isCalendarMilestone } from '@kc/domain';
import { Requires } from '../auth/requires.decorator';
import { AuditTarget } from '../audit/audit-target.decorator';
import type { AuditedRequest } from '../audit/audit-context';
import { ApiError } from '../common/api-error';
import { CalendarPoliciesQuery, CalendarScopeQuery, MilestoneOverrideDto } from './calendar-policy.dto';
import { CalendarPoliciesResponse, SavedCalendarPoliciesResponse } from './calendar-policy.responses';
import { CalendarPoliciesService } from './calendar-policies.service';

function levelOf(value: string): PlanLevel {
  if ((PLAN_LEVELS as readonly string[]).includes(value)) return value as PlanLevel;
  throw ApiError.badRequest(
    'level phải là NATIONAL (quốc gia) hoặc LOCAL (địa phương) / level must be NATIONAL or LOCAL',
    {
      fields: { level: 'level phải là NATIONAL hoặc LOCAL / level must be NATIONAL or LOCAL' },
    },
  );
}

function milestoneOf(value: string): CalendarMilestone {
  if (isCalendarMilestone(value)) return value;
  const message = `milestone phải là một trong / milestone must be one of: ${CALENDAR_MILESTONES.join(', ')}`;
  throw ApiError.badRequest(message, { fields: { milestone: message } });
}

/** The audit row's target: level, province (when one) and milestone (when one), e.g. LOCAL:HN:SETTLEMENT_CUTOFF. */
function calendarTarget(req: AuditedRequest): string {
  const params = req.params as Record<string, string | undefined>;
  const province = (req.query as Record<string, unknown>).provinceCode;
  return [params.level, typeof province === 'string' ? province : undefined, params.milestone]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .map((part) => part.slice(0, 60))
    .join(':');
}

const LEVEL_PARAM = { name: 'level', enum: PLAN_LEVELS };
const MILESTONE_PARAM = { name: 'milestone', enum: CALENDAR_MILESTONES };

/**
 * "Mốc kế hoạch năm": every date of the annual plan calendar is a policy value per level and province (issue 14),
 * set by the administrator. The capability table has no province-level administrator (the admin role is national),
 * so a province's own dates are the administrator's too.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Requires('admin.manage')
@Controller('admin/calendar-policies')
export class CalendarPoliciesController {
  constructor(private readonly calendar: CalendarPoliciesService) {}

  @Get()
  @ApiOperation({
    summary:
      'Mốc kế hoạch năm / every milestone of the annual plan calendar for a level (and a province): its default, the override, and the day it falls due in the plan year after the Civil Code roll-over',
  })
  @ApiOkResponse({ type: CalendarPoliciesResponse })
  @ApiBadRequestResponse({ description: 'Unknown level or province, or a year out of range' })
  list(@Query() query: CalendarPoliciesQuery): Promise<CalendarPoliciesResponse> {
    return this.calendar.view(query);
  }

  @Put(':level/:milestone')
  @AuditTarget(calendarTarget)
  @ApiOperation({
    summary:
      'Đặt mốc / set one milestone’s date for the level (or, with provinceCode, for one province); the running calendars read it again',
  })
  @ApiParam(LEVEL_PARAM)
  @ApiParam(MILESTONE_PARAM)
  @ApiOkResponse({ type: SavedCalendarPoliciesResponse })
  @ApiBadRequestResponse({ description: 'Each problem named under its field (month, day, remindDaysBefore…)' })
  save(
    @Param('level') level: string,
    @Param('milestone') milestone: string,
    @Query() scope: CalendarScopeQuery,
    @Body() body: MilestoneOverrideDto,
  ): Promise<SavedCalendarPoliciesResponse> {
    const at = { ...scope, level: levelOf(level) };
    const which = milestoneOf(milestone);
    const override = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
    return this.calendar.set(at, which, override);
  }

  @Delete(':level/:milestone')
  @AuditTarget(calendarTarget)
  @ApiOperation({ summary: 'Đặt lại mốc / one milestone back to its default for the level or the province' })
  @ApiParam(LEVEL_PARAM)
  @ApiParam(MILESTONE_PARAM)
  @ApiOkResponse({ type: SavedCalendarPoliciesResponse })
  resetOne(
    @Param('level') level: string,
    @Param('milestone') milestone: string,
    @Query() scope: CalendarScopeQuery,
  ): Promise<SavedCalendarPoliciesResponse> {
    return this.calendar.reset({ ...scope, level: levelOf(level) }, milestoneOf(milestone));
  }

  @Delete(':level')
  @AuditTarget(calendarTarget)
  @ApiOperation({ summary: 'Đặt lại tất cả / every milestone back to its default for the level or the province' })
  @ApiParam(LEVEL_PARAM)
  @ApiOkResponse({ type: SavedCalendarPoliciesResponse })
  resetAll(@Param('level') level: string, @Query() scope: CalendarScopeQuery): Promise<SavedCalendarPoliciesResponse> {
    return this.calendar.reset({ ...scope, level: levelOf(level) });
  }
}
