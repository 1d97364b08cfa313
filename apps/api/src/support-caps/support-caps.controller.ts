import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CATEGORY_CODES, PROVINCE_CODES, type Actor } from '@kc/domain';
import { Requires } from '../auth/requires.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuditTarget } from '../audit/audit-target.decorator';
import type { AuditedRequest } from '../audit/audit-context';
import { ApiError } from '../common/api-error';
import {
  CAP_PARAM_MESSAGES,
  CAP_VERSION_CODE,
  CAP_VERSION_CODE_MESSAGE,
  CAP_YEARS,
  LocalSupportCapDto,
  NationalCapVersionDto,
  ResolveSupportCapQuery,
  SupportCapsQuery,
} from './support-cap.dto';
import {
  InstrumentCapsResponse,
  LocalSupportCapResponse,
  ResolvedSupportCapResponse,
  SupportCapsResponse,
} from './support-cap.responses';
import { SupportCapsService } from './support-caps.service';

/** The path's province, year and content area, each checked: 400 naming the field otherwise. */
function capKey(provinceCode: string, year: string, category: string) {
  const fields: Record<string, string> = {};
  if (!(PROVINCE_CODES as readonly string[]).includes(provinceCode)) fields.provinceCode = CAP_PARAM_MESSAGES.PROVINCE;
  const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
  if (!(y >= CAP_YEARS.from && y <= CAP_YEARS.to)) fields.year = CAP_PARAM_MESSAGES.YEAR;
  if (!CATEGORY_CODES.includes(category)) fields.category = CAP_PARAM_MESSAGES.CATEGORY;
  if (Object.keys(fields).length) {
    throw ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${Object.values(fields).join('; ')}`, { fields });
  }
  return { provinceCode, year: y, category };
}

/** The audit row's target: province, year and content area, e.g. PT:2026:MACHINERY. */
function capTarget(req: AuditedRequest): string {
  const p = req.params as Record<string, string | undefined>;
  return [p.provinceCode, p.year, p.category].map((part) => String(part ?? '').slice(0, 60)).join(':');
}

/** The path's instrument code, checked: 400 naming the field otherwise. */
function versionCode(code: string): string {
  if (!CAP_VERSION_CODE.test(code)) {
    throw ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${CAP_VERSION_CODE_MESSAGE}`, {
      fields: { code: CAP_VERSION_CODE_MESSAGE },
    });
  }
  return code;
}

@ApiTags('support-caps')
@ApiBearerAuth()
@Controller()
export class SupportCapsController {
  constructor(private readonly caps: SupportCapsService) {}

  @Get('support-caps')
  @Requires('projects.list')
  @ApiOperation({
    summary:
      'Định mức hỗ trợ / the funding caps by legal instrument and effective date, the advance rule of each content area, and the provinces’ own caps',
  })
  @ApiOkResponse({ type: SupportCapsResponse })
  @ApiBadRequestResponse({ description: 'Unknown province or a year out of range' })
  view(@CurrentActor() actor: Actor, @Query() query: SupportCapsQuery): Promise<SupportCapsResponse> {
    return this.caps.view(actor, query);
  }

  @Get('support-caps/resolve')
  @Requires('projects.list')
  @ApiOperation({
    summary:
      'Mức hỗ trợ tối đa / the cap a project would be held to if created today, with the limit for its total cost and its advance rule',
  })
  @ApiOkResponse({ type: ResolvedSupportCapResponse })
  @ApiBadRequestResponse({ description: 'Each problem named under its field' })
  resolve(@Query() query: ResolveSupportCapQuery): Promise<ResolvedSupportCapResponse> {
    return this.caps.resolve(query);
  }

  @Put('admin/support-caps/:provinceCode/:year/:category')
  @Requires('admin.manage')
  @AuditTarget(capTarget)
  @ApiOperation({ summary: 'Đặt định mức của tỉnh / set a province’s own cap for a plan year and content area' })
  @ApiParam({ name: 'provinceCode', example: 'PT' })
  @ApiParam({ name: 'year', example: 2026 })
  @ApiParam({ name: 'category', enum: CATEGORY_CODES })
  @ApiOkResponse({ type: LocalSupportCapResponse })
  @ApiBadRequestResponse({ description: 'Each problem named under its field' })
  save(
    @CurrentActor() actor: Actor,
    @Param('provinceCode') provinceCode: string,
    @Param('year') year: string,
    @Param('category') category: string,
    @Body() body: LocalSupportCapDto,
  ): Promise<LocalSupportCapResponse> {
    return this.caps.save(actor, capKey(provinceCode, year, category), body);
  }

  @Delete('admin/support-caps/:provinceCode/:year/:category')
  @Requires('admin.manage')
  @AuditTarget(capTarget)
  @HttpCode(204)
  @ApiOperation({ summary: 'Bỏ định mức của tỉnh / remove a province’s own cap (the national one applies again)' })
  @ApiParam({ name: 'provinceCode', example: 'PT' })
  @ApiParam({ name: 'year', example: 2026 })
  @ApiParam({ name: 'category', enum: CATEGORY_CODES })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such cap' })
  async remove(
    @Param('provinceCode') provinceCode: string,
    @Param('year') year: string,
    @Param('category') category: string,
  ): Promise<void> {
    await this.caps.remove(capKey(provinceCode, year, category));
  }

  @Put('admin/support-cap-versions/:code')
  @Requires('admin.manage')
  @AuditTarget((req) => String((req.params as Record<string, string | undefined>).code ?? '').slice(0, 60))
  @ApiOperation({
    summary:
      'Thêm hoặc sửa văn bản định mức mới / add or change a later version of the national caps (a new circular) with its effective day; one already in force is locked',
  })
  @ApiParam({ name: 'code', example: 'TT-15-2027' })
  @ApiOkResponse({ type: InstrumentCapsResponse })
  @ApiBadRequestResponse({ description: 'Each problem named under its field' })
  @ApiConflictResponse({ description: 'A built-in instrument, a version already in force, or a taken effective day' })
  saveVersion(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Body() body: NationalCapVersionDto,
  ): Promise<InstrumentCapsResponse> {
    return this.caps.saveVersion(actor, versionCode(code), body);
  }

  @Delete('admin/support-cap-versions/:code')
  @Requires('admin.manage')
  @AuditTarget((req) => String((req.params as Record<string, string | undefined>).code ?? '').slice(0, 60))
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa văn bản định mức chưa có hiệu lực / remove a later version not yet in force' })
  @ApiParam({ name: 'code', example: 'TT-15-2027' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such version' })
  @ApiConflictResponse({ description: 'Already in force' })
  async removeVersion(@Param('code') code: string): Promise<void> {
    await this.caps.removeVersion(versionCode(code));
  }
}
