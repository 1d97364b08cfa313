import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  LOCAL_APPROVERS,
  type LocalApprover,
  ORGANISATION_KINDS,
  type OrganisationKind,
  PROVINCE_CODES,
} from '@kc/domain';

/** The kinds an admin adds: a province's communes and implementing units (the others come with the installation). */
export const ADDABLE_KINDS = ['UBND_XA', 'UNIT'] as const satisfies readonly OrganisationKind[];

const PROVINCE_MESSAGE = 'provinceCode phải là mã tỉnh / provinceCode must be a province code';
const NOT_BLANK = /\S/;

export class ListOrganisationsQuery {
  @ApiPropertyOptional({ description: 'A province code, or NATIONAL for the Ministry and the Cục' })
  @IsOptional()
  @IsIn(['NATIONAL', ...PROVINCE_CODES], {
    message: 'provinceCode phải là mã tỉnh hoặc NATIONAL / provinceCode must be a province code or NATIONAL',
  })
  provinceCode?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS as unknown as string[], {
    message: `kind phải là một trong ${ORGANISATION_KINDS.join(', ')} / kind must be one of ${ORGANISATION_KINDS.join(', ')}`,
  })
  kind?: OrganisationKind;
}

export class CreateOrganisationDto {
  @ApiProperty({
    enum: ADDABLE_KINDS,
    description: "UBND_XA (a commune People's Committee) or UNIT (an implementing unit)",
  })
  @IsIn(ADDABLE_KINDS as unknown as string[], {
    message: `kind phải là UBND_XA (UBND xã) hoặc UNIT (đơn vị thực hiện) / kind must be UBND_XA or UNIT`,
  })
  kind!: (typeof ADDABLE_KINDS)[number];

  @ApiProperty({ example: 'UBND xã Phú Nghĩa' })
  @IsString({ message: 'name phải là chuỗi / name must be a string' })
  @Matches(NOT_BLANK, { message: 'name: cần nhập tên cơ quan, đơn vị / name is required' })
  @MaxLength(300, { message: 'name dài quá 300 ký tự / name is longer than 300 characters' })
  name!: string;

  @ApiProperty({ example: 'HN' })
  @IsIn(PROVINCE_CODES as string[], { message: PROVINCE_MESSAGE })
  provinceCode!: string;

  @ApiPropertyOptional({ example: 'XA-HN-PHU-NGHIA', description: 'A stable code (A–Z, 0–9, -); made up when absent' })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, {
    message: 'code: 2–40 ký tự A–Z, 0–9 hoặc "-" / code: 2–40 characters A–Z, 0–9 or "-"',
  })
  code?: string;
}

export class SetProvinceRuleDto {
  @ApiProperty({
    enum: LOCAL_APPROVERS,
    description: "Who approves the province's local projects: its Department leader, or the UBND tỉnh",
  })
  @IsIn(LOCAL_APPROVERS as unknown as string[], {
    message: 'localApprover phải là DEPARTMENT hoặc UBND / localApprover must be DEPARTMENT or UBND',
  })
  localApprover!: LocalApprover;
}
