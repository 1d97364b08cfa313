import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from '@kc/domain';
import { BilingualText } from '../common/bilingual.response';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'officer.hn@demo.local' })
  @IsEmail({}, { message: 'email phải là địa chỉ email hợp lệ / email must be a valid address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'demo1234' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

/** An organisation as answers name it: the Cục, a province's Sở, a commune… */
export class OrganisationRefResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SCT-HN' }) code!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
  @ApiProperty({ example: 'Sở Công Thương Thành phố Hà Nội' }) name!: string;
}

export class SessionUserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, nullable: true, description: 'null for national users' }) provinceCode!: string | null;
  @ApiProperty({ type: OrganisationRefResponse, nullable: true, description: 'The organisation the user belongs to' })
  organisation!: OrganisationRefResponse | null;
  @ApiProperty({ type: BilingualText, description: 'The position held (chức danh): "Lãnh đạo Cục", "Chuyên viên Sở"…' })
  positionLabel!: BilingualText;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ type: 'integer', description: 'Seconds until the token expires' }) expiresIn!: number;
  @ApiProperty({ type: SessionUserResponse }) user!: SessionUserResponse;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password in use now' })
  @IsString({ message: 'currentPassword phải là chuỗi / currentPassword must be a string' })
  @MinLength(1, { message: 'Cần nhập mật khẩu hiện tại / currentPassword is required' })
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 10 characters, at most 200; not a common password, not your email' })
  @IsString({ message: 'newPassword phải là chuỗi / newPassword must be a string' })
  @MaxLength(1000)
  newPassword!: string;
}
