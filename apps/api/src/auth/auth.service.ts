import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { UserRepository } from '@kc/persistence';
import { loadAuthConfig } from '@kc/config';
import { LoginResponseDto } from './login.dto';

const WRONG_CREDENTIALS = 'Sai email hoặc mật khẩu / wrong email or password';

@Injectable()
export class AuthService {
  private readonly ttlSeconds = loadAuthConfig().tokenTtlSeconds;
  // Verifying against a throwaway hash when the user is unknown keeps the response time the same either way.
  private readonly unknownUserHash = argon2.hash(randomUUID());

  constructor(
    private readonly users: UserRepository,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string): Promise<LoginResponseDto> {
    const user = await this.users.findByEmail(email);
    const valid = await argon2.verify(user?.passwordHash ?? (await this.unknownUserHash), password).catch(() => false);
    if (!user || !valid) throw new UnauthorizedException(WRONG_CREDENTIALS);
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, email: user.email, role: user.role, province: user.provinceCode },
      { expiresIn: this.ttlSeconds },
    );
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.ttlSeconds,
      user: {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        role: user.role,
        provinceCode: user.provinceCode,
      },
    };
  }
}
