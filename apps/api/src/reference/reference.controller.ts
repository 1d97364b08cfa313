import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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

/** Code lists the forms and filters need. */
@ApiTags('reference')
@ApiBearerAuth()
@Controller()
export class ReferenceController {
  @Get('provinces')
  @ApiOperation({ summary: '34 tỉnh, thành phố / the 34 provinces and their codes' })
  provinces() {
    return PROVINCES;
  }

  @Get('categories')
  @ApiOperation({ summary: 'Nội dung khuyến công / content categories (NĐ 45/2012 Art. 4)' })
  categories() {
    return CATEGORIES;
  }

  @Get('states')
  @ApiOperation({ summary: 'Trạng thái đề án / project states' })
  states() {
    return PROJECT_STATES.map((code) => ({ code, ...STATE_LABELS[code] }));
  }

  @Get('actions')
  @ApiOperation({ summary: 'Thao tác / lifecycle actions' })
  actions() {
    return ACTIONS.map((code) => ({ code, ...ACTION_LABELS[code] }));
  }

  @Get('roles')
  @ApiOperation({ summary: 'Vai trò / roles' })
  roles() {
    return ROLES.map((code) => ({ code, ...ROLE_LABELS[code] }));
  }
}
