import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kc/domain';
import { AuditedRequest, auditOrigin, markAudited } from '../audit/audit-context';
import { AuditedElsewhere } from '../audit/audited-elsewhere.decorator';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { ChangePasswordDto, LoginDto, LoginResponseDto, SessionUserResponse } from './login.dto';
import { Public } from './public.decorator';
import { LoginRateLimited } from './rate-limit.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @LoginRateLimited()
  @AuditedElsewhere()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập / log in: returns a bearer token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password' })
  @ApiForbiddenResponse({ description: 'The account is disabled (said only when the password is right)' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many logins from this address or at once, or the account is locked after wrong passwords (Retry-After)',
  })
  login(@Body() body: LoginDto, @Req() req: AuditedRequest): Promise<LoginResponseDto> {
    const { requestId, clientIp } = auditOrigin(req);
    // The service writes the login's own row, refusals included.
    markAudited(req);
    return this.auth.login(body.email, body.password, { requestId, clientIp });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người dùng hiện tại / the signed-in user: role, province, organisation and position' })
  @ApiOkResponse({ type: SessionUserResponse })
  me(@CurrentActor() actor: Actor): Promise<SessionUserResponse> {
    return this.auth.me(actor);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Đăng xuất / log out: ends every token of this user, on every device' })
  @ApiNoContentResponse({ description: 'Every token issued until now is refused from now on' })
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(actor);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Đổi mật khẩu / change your own password: ends your other tokens and returns a new one for this session',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ description: 'Wrong current password, or a new password that breaks a rule (each named)' })
  @ApiTooManyRequestsResponse({ description: 'Locked after wrong passwords, or too many hashes at once (Retry-After)' })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<LoginResponseDto> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }
}
