import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditedRequest, auditOrigin } from '../audit/audit-context';
import { AuditedElsewhere } from '../audit/audited-elsewhere.decorator';
import { AuthService, LoginLockedError } from './auth.service';
import { LoginDto, LoginResponseDto } from './login.dto';
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
  @ApiTooManyRequestsResponse({
    description: 'Too many logins from this address, or the account is locked after wrong passwords (Retry-After)',
  })
  async login(
    @Body() body: LoginDto,
    @Req() req: AuditedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    const { requestId, clientIp } = auditOrigin(req);
    try {
      return await this.auth.login(body.email, body.password, { requestId, clientIp });
    } catch (err) {
      if (err instanceof LoginLockedError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  }
}
