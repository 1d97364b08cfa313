import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  ACTIONS,
  ACTION_LABELS,
  CATEGORIES,
  PROJECT_STATES,
  PROVINCES,
  ROLES,
  ROLE_LABELS,
  STATE_LABELS,
} from '@kc/domain';
import { CodeLabelResponse } from '../common/bilingual.response';

export class ProvinceResponse {
  @ApiProperty({ example: 'HN' }) code!: string;
  @ApiProperty({ example: 'Hà Nội' }) name!: string;
  @ApiProperty({ enum: ['NORTH', 'CENTRAL', 'SOUTH'], enumName: 'ProvinceRegion' }) region!:
    'NORTH' | 'CENTRAL' | 'SOUTH';
}

/** Code lists the forms and filters need. */
@ApiTags('reference')
@ApiBearerAuth()
@Controller()
export class ReferenceController {
  @Get('provinces')
  @ApiOperation({ summary: '34 tỉnh, thành phố / the 34 provinces and their codes' })
  @ApiOkResponse({ type: [ProvinceResponse] })
  provinces() {
    return PROVINCES;
  }

  @Get('categories')
  @ApiOperation({ summary: 'Nội dung khuyến công / content categories (NĐ 45/2012 Art. 4)' })
  @ApiOkResponse({ type: [CodeLabelResponse] })
  categories() {
    return CATEGORIES;
  }

  @Get('states')
  @ApiOperation({ summary: 'Trạng thái đề án / project states' })
  @ApiOkResponse({ type: [CodeLabelResponse] })
  states() {
    return PROJECT_STATES.map((code) => ({ code, ...STATE_LABELS[code] }));
  }

  @Get('actions')
  @ApiOperation({ summary: 'Thao tác / lifecycle actions' })
  @ApiOkResponse({ type: [CodeLabelResponse] })
  actions() {
    return ACTIONS.map((code) => ({ code, ...ACTION_LABELS[code] }));
  }

  @Get('roles')
  @ApiOperation({ summary: 'Vai trò / roles' })
  @ApiOkResponse({ type: [CodeLabelResponse] })
  roles() {
    return ROLES.map((code) => ({ code, ...ROLE_LABELS[code] }));
  }
}
