import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AuditLog, AuditLogRow } from '@kc/persistence';
import { Requires } from '../auth/requires.decorator';
import { ApiError } from '../common/api-error';
import { IsCalendarDate } from '../common/is-calendar-date';
import { toVietnamTime } from '../common/local-time';
import { AuditEntryResponse, AuditPageResponse } from './audit.responses';

class AuditPageQuery {
  @ApiPropertyOptional({ description: 'Page size 1–200 (default 50)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,18}$/, { message: 'before phải là nextCursor của trang trước / before must be a nextCursor' })
  before?: string;

  @ApiPropertyOptional({ description: 'Part of the actor’s email' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  actorEmail?: string;

  @ApiPropertyOptional({ description: 'A project action (approve) or part of the route (/admin/users)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ description: 'Rows about this project, by its code' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  projectCode?: string;

  @ApiPropertyOptional({ enum: ['LOGIN', 'REQUEST'] })
  @IsOptional()
  @IsIn(['LOGIN', 'REQUEST'], { message: 'kind phải là LOGIN hoặc REQUEST / kind must be LOGIN or REQUEST' })
  kind?: 'LOGIN' | 'REQUEST';

  @ApiPropertyOptional({ enum: ['SUCCEEDED', 'REFUSED'], description: 'Answered below 400, or refused (400 and up)' })
  @IsOptional()
  @IsIn(['SUCCEEDED', 'REFUSED'], {
    message: 'outcome phải là SUCCEEDED hoặc REFUSED / outcome must be SUCCEEDED or REFUSED',
  })
  outcome?: 'SUCCEEDED' | 'REFUSED';

  @ApiPropertyOptional({ description: 'First day (YYYY-MM-DD, Vietnam time), inclusive' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day (YYYY-MM-DD, Vietnam time), inclusive' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

function auditView(row: AuditLogRow): AuditEntryResponse {
  const occurredAt = new Date(row.occurredAt);
  return {
    id: row.id,
    occurredAt: occurredAt.toISOString(),
    occurredAtLocal: toVietnamTime(occurredAt),
    kind: row.kind,
    route: row.route,
    targetId: row.targetId,
    projectCode: row.projectCode,
    statusCode: row.statusCode,
    actor: {
      userId: row.actorUserId,
      email: row.actorEmail,
      role: row.actorRole,
      provinceCode: row.actorProvinceCode,
    },
    requestId: row.requestId,
    clientIp: row.clientIp,
    details: row.details,
  };
}

@ApiTags('admin')
@ApiBearerAuth()
@Requires('audit.read')
@Controller('audit')
export class AuditController {
  constructor(private readonly auditLog: AuditLog) {}

  @Get()
  @ApiOperation({
    summary:
      'Nhật ký hệ thống / the system log (logins, write requests), newest first, filtered by actor, action, project, outcome and days; keyset paged (admin)',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  async list(@Query() query: AuditPageQuery): Promise<AuditPageResponse> {
    if (query.from && query.to && query.from > query.to) {
      throw ApiError.badRequest('from phải trước hoặc bằng to / from must not be after to');
    }
    const limit = query.limit ?? 50;
    const rows = await this.auditLog.search(
      {
        actorEmail: query.actorEmail?.trim() || undefined,
        action: query.action?.trim() || undefined,
        projectCode: query.projectCode?.trim() || undefined,
        kind: query.kind,
        outcome: query.outcome,
        fromDay: query.from,
        toDay: query.to,
      },
      limit,
      query.before,
    );
    return { items: rows.map(auditView), nextCursor: rows.length === limit ? rows[rows.length - 1].id : null };
  }
}
