import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Requires } from '../auth/requires.decorator';
import { CreateOrganisationDto, ListOrganisationsQuery, SetProvinceRuleDto } from './organisation.dto';
import {
  OrganisationListResponse,
  OrganisationResponse,
  ProvinceRuleListResponse,
  ProvinceRuleResponse,
} from './organisation.responses';
import { OrganisationsService } from './organisations.service';

/** The organisations people belong to: everyone signed in reads them (forms, letters); the admin adds some. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('organisations')
  @ApiOperation({ summary: 'Cơ quan, đơn vị / organisations, filtered by province (or NATIONAL) and kind' })
  @ApiOkResponse({ type: OrganisationListResponse })
  list(@Query() query: ListOrganisationsQuery) {
    return this.organisations.list(query);
  }
}

/** The admin's part: communes and units added to a province, and each province's regulation on local approval. */
@ApiTags('admin')
@ApiBearerAuth()
@Requires('admin.manage')
@Controller('admin')
export class OrganisationsAdminController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post('organisations')
  @ApiOperation({
    summary: 'Thêm UBND xã hoặc đơn vị thực hiện / add a commune or a unit to a province (409 if taken)',
  })
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiBadRequestResponse({ description: 'Invalid body (each field named)' })
  @ApiConflictResponse({ description: 'The code is taken, or the province has an organisation of that name' })
  create(@Body() body: CreateOrganisationDto) {
    return this.organisations.create(body);
  }

  @Get('province-rules')
  @ApiOperation({ summary: 'Quy chế tỉnh / who approves each province’s local projects (Department or UBND)' })
  @ApiOkResponse({ type: ProvinceRuleListResponse })
  provinceRules() {
    return this.organisations.provinceRules();
  }

  @Put('province-rules/:provinceCode')
  @ApiOperation({
    summary:
      'Đặt người phê duyệt đề án địa phương / set who approves the province’s local projects created from now on',
  })
  @ApiOkResponse({ type: ProvinceRuleResponse })
  setProvinceRule(
    @CurrentActor() actor: Actor,
    @Param('provinceCode') provinceCode: string,
    @Body() body: SetProvinceRuleDto,
  ) {
    return this.organisations.setProvinceRule(actor, provinceCode, body.localApprover);
  }
}
