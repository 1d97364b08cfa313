/** The system log's answers, for the OpenAPI document (the web app's types are generated from it). */
import { ApiProperty } from '@nestjs/swagger';

export class AuditActorResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
  @ApiProperty({ type: String, nullable: true }) provinceCode!: string | null;
}

export class AuditEntryResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() occurredAtLocal!: string;
  @ApiProperty({ enum: ['LOGIN', 'REQUEST'], enumName: 'AuditKind' }) kind!: 'LOGIN' | 'REQUEST';
  @ApiProperty({ example: 'POST /api/projects/:id/actions' }) route!: string;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({ type: String, nullable: true }) projectCode!: string | null;
  @ApiProperty({ type: 'integer' }) statusCode!: number;
  @ApiProperty({ type: AuditActorResponse }) actor!: AuditActorResponse;
  @ApiProperty() requestId!: string;
  @ApiProperty({ type: String, nullable: true }) clientIp!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true },
    description: 'What the request said that matters (the action, the fields changed), never a password',
  })
  details!: Record<string, string | number | boolean | null>;
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEntryResponse] }) items!: AuditEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
