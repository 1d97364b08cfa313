import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { MAX_EMAIL_LENGTH, PROVINCE_CODES, ROLES, Role, emailAddressProblem, normalizeEmail } from '@kc/domain';

const ROLE_MESSAGE = `role phải là một trong ${ROLES.join(', ')} / role must be one of ${ROLES.join(', ')}`;
const PROVINCE_MESSAGE =
  'provinceCode phải là mã tỉnh, hoặc null cho người dùng cấp quốc gia / provinceCode must be a province code, or null for a national user';
const NOT_BLANK = /\S/;
const ORGANISATION_MESSAGE =
  'organisationId phải là mã (uuid) của một cơ quan, đơn vị / organisationId must be the id (uuid) of an organisation';

export const MIN_PASSWORD_LENGTH = 8;

/** An address an SMTP relay accepts (the domain's rule), so the account's notices can be delivered. */
function IsDeliverableEmail() {
  return ValidateBy({
    name: 'isDeliverableEmail',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && emailAddressProblem(normalizeEmail(value)) === null,
      defaultMessage: (args) =>
        typeof args?.value === 'string'
          ? `email: ${emailAddressProblem(normalizeEmail(args.value))}`
          : 'email phải là chuỗi / email must be a string',
    },
  });
}

export class CreateUserDto {
  @ApiProperty({ example: 'officer.new@sct.hanoi.gov.vn' })
  @IsDeliverableEmail()
  email!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString({ message: 'fullName phải là chuỗi / fullName must be a string' })
  @Matches(NOT_BLANK, { message: 'fullName: cần nhập họ tên / fullName is required' })
  @MaxLength(200, { message: 'fullName dài quá 200 ký tự / fullName is longer than 200 characters' })
  fullName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES as unknown as string[], { message: ROLE_MESSAGE })
  role!: Role;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Province code, or null for a national user (approver, supervisor, admin)',
  })
  @ValidateIf((_, value) => value !== null)
  @IsIn(PROVINCE_CODES as string[], { message: PROVINCE_MESSAGE })
  provinceCode!: string | null;

  @ApiProperty({
    format: 'uuid',
    description: 'The organisation (GET /api/organisations): its kind must suit the role, its province the user’s',
  })
  @IsUUID('all', { message: ORGANISATION_MESSAGE })
  organisationId!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Trung tâm Khuyến công Hà Nội' })
  @IsOptional()
  @IsString({ message: 'organisationName phải là chuỗi / organisationName must be a string' })
  @MaxLength(200, { message: 'organisationName dài quá 200 ký tự / organisationName is longer than 200 characters' })
  organisationName?: string | null;

  @ApiPropertyOptional({
    description: 'Initial password (8–200 characters); a generated one is answered once when absent',
  })
  @IsOptional()
  @IsString({ message: 'password phải là chuỗi / password must be a string' })
  @MinLength(MIN_PASSWORD_LENGTH, {
    message: 'password phải có ít nhất 8 ký tự / password needs at least 8 characters',
  })
  @MaxLength(200, { message: 'password dài quá 200 ký tự / password is longer than 200 characters' })
  password?: string;
}

export class ChangeUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'fullName phải là chuỗi / fullName must be a string' })
  @Matches(NOT_BLANK, { message: 'fullName: cần nhập họ tên / fullName is required' })
  @MaxLength(200, { message: 'fullName dài quá 200 ký tự / fullName is longer than 200 characters' })
  fullName?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES as unknown as string[], { message: ROLE_MESSAGE })
  role?: Role;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Province code, or null for national' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(PROVINCE_CODES as string[], { message: PROVINCE_MESSAGE })
  provinceCode?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Another organisation (its kind must suit the role)' })
  @IsOptional()
  @IsUUID('all', { message: ORGANISATION_MESSAGE })
  organisationId?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString({ message: 'organisationName phải là chuỗi / organisationName must be a string' })
  @MaxLength(200, { message: 'organisationName dài quá 200 ký tự / organisationName is longer than 200 characters' })
  organisationName?: string | null;
}

export class ResetPasswordDto {
  @ApiPropertyOptional({
    description: 'The new password (8–200 characters); a generated one is answered once when absent',
  })
  @IsOptional()
  @IsString({ message: 'password phải là chuỗi / password must be a string' })
  @MinLength(MIN_PASSWORD_LENGTH, {
    message: 'password phải có ít nhất 8 ký tự / password needs at least 8 characters',
  })
  @MaxLength(200, { message: 'password dài quá 200 ký tự / password is longer than 200 characters' })
  password?: string;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ description: 'Part of the email, name or organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'q dài quá 200 ký tự / q is longer than 200 characters' })
  q?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES as unknown as string[], { message: ROLE_MESSAGE })
  role?: Role;

  @ApiPropertyOptional({ description: 'Province code, or NATIONAL for users without a province' })
  @IsOptional()
  @IsIn(['NATIONAL', ...PROVINCE_CODES], {
    message: 'province phải là mã tỉnh hoặc NATIONAL / province must be a province code or NATIONAL',
  })
  province?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the accounts of this organisation' })
  @IsOptional()
  @IsUUID('all', { message: ORGANISATION_MESSAGE })
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Page size 1–200 (default 50)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit phải là số nguyên 1–200 / limit must be a whole number from 1 to 200' })
  @Min(1, { message: 'limit phải là số nguyên 1–200 / limit must be a whole number from 1 to 200' })
  @Max(200, { message: 'limit phải là số nguyên 1–200 / limit must be a whole number from 1 to 200' })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_EMAIL_LENGTH)
  cursor?: string;
}
