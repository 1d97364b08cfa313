/** The accounts' answers, for the OpenAPI document (the web app's types are generated from it). */
import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@kc/domain';
import { BilingualText } from '../common/bilingual.response';
import { OrganisationRefResponse } from '../auth/login.dto';

export class UserAccountResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: BilingualText }) roleLabel!: BilingualText;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a national account' })
  provinceCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A free-text unit name kept from before organisations' })
  organisationName!: string | null;
  @ApiProperty({ type: OrganisationRefResponse, nullable: true }) organisation!: OrganisationRefResponse | null;
  @ApiProperty({ type: BilingualText, description: 'The position held ("Lãnh đạo Cục", "Lãnh đạo Sở Công Thương")' })
  positionLabel!: BilingualText;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) disabledAtLocal!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sessionsValidFrom!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() createdAtLocal!: string;
}

export class UserPageResponse {
  @ApiProperty({ type: [UserAccountResponse] }) items!: UserAccountResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class WithPasswordResponse {
  @ApiProperty({ format: 'uuid', description: 'The account’s id, also at the top so the system log names it' })
  id!: string;
  @ApiProperty({ type: UserAccountResponse }) user!: UserAccountResponse;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Shown once: the API keeps only its hash. Null when the admin typed the password',
  })
  generatedPassword!: string | null;
}
