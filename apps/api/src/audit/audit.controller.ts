import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Actor } from '@kc/domain';
import { AuditLog, AuditLogEntity } from '@kc/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiError } from '../common/api-error';

class AuditPageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @IsOptional()
  @Matches(/^[1-9]\d{0,18}$/, { message: 'before phải là nextCursor của trang trước / before must be a nextCursor' })
  before?: string;
}

function auditView(row: AuditLogEntity) {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    kind: row.kind,
    route: row.route,
    targetId: row.targetId,
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
@Controller('audit')
export class AuditController {
  constructor(private readonly auditLog: AuditLog) {}

  @Get()
  @ApiOperation({
    summary: 'Nhật ký kiểm toán / the audit log (logins, write requests), newest first, keyset paged (admin)',
  })
  async list(@CurrentActor() actor: Actor, @Query() query: AuditPageQuery) {
    if (actor.role !== 'admin') throw ApiError.forbidden('Chỉ quản trị hệ thống / admins only');
    const limit = query.limit ?? 50;
    const rows = await this.auditLog.listNewestFirst(limit, query.before);
    return { items: rows.map(auditView), nextCursor: rows.length === limit ? rows[rows.length - 1].id : null };
  }
}
