import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Requires } from '../auth/requires.decorator';
import { ChangeUserDto, CreateUserDto, ListUsersQuery, ResetPasswordDto } from './user-account.dto';
import { UserAccountResponse, UserPageResponse, WithPasswordResponse } from './user.responses';
import { UsersService } from './users.service';

/** Accounts and roles, kept by the admin: list, create, change, disable and enable, reset the password. */
@ApiTags('admin')
@ApiBearerAuth()
@Requires('admin.manage')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Người dùng / accounts, by email, filtered by text, role and province; keyset paged' })
  @ApiOkResponse({ type: UserPageResponse })
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Post()
  @ApiOperation({
    summary: 'Tạo tài khoản / create an account; answers a generated password once when none is given (409 if taken)',
  })
  @ApiCreatedResponse({ type: WithPasswordResponse })
  create(@Body() body: CreateUserDto) {
    return this.users.create(body);
  }

  @Put(':userId')
  @ApiOperation({
    summary: 'Đổi vai trò, tỉnh, đơn vị / change name, role, province or organisation (a new role ends the sessions)',
  })
  @ApiOkResponse({ type: UserAccountResponse })
  change(@CurrentActor() actor: Actor, @Param('userId') userId: string, @Body() body: ChangeUserDto) {
    return this.users.change(actor, userId, body);
  }

  @Post(':userId/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Khóa tài khoản / disable the account: no login, every token refused' })
  @ApiOkResponse({ type: UserAccountResponse })
  disable(@CurrentActor() actor: Actor, @Param('userId') userId: string) {
    return this.users.setDisabled(actor, userId, true);
  }

  @Post(':userId/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở khóa tài khoản / enable the account again' })
  @ApiOkResponse({ type: UserAccountResponse })
  enable(@CurrentActor() actor: Actor, @Param('userId') userId: string) {
    return this.users.setDisabled(actor, userId, false);
  }

  @Post(':userId/reset-password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đặt lại mật khẩu / set a new password (generated when none is given) and end every session',
  })
  @ApiOkResponse({ type: WithPasswordResponse })
  resetPassword(@Param('userId') userId: string, @Body() body: ResetPasswordDto) {
    return this.users.resetPassword(userId, body.password);
  }
}
