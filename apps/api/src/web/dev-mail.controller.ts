import { Controller, Get } from '@nestjs/common';
import { canReadCaughtMail, type Actor } from '@kc/domain';
import { AddressProvinces } from '@kc/persistence';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { isEmbeddedMode, readOptional } from '@kc/config';
// The mail store alone: the package index would also load the embedded PostgreSQL and Temporal launchers.
import { readCaughtMessages } from '@kc/devstack/mail-store';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiError } from '../common/api-error';

export class CaughtMailResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) messageId!: string | null;
  @ApiProperty() from!: string;
  @ApiProperty({ type: [String] }) to!: string[];
  @ApiProperty() subject!: string;
  @ApiProperty({ format: 'date-time' }) date!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The HTML part, when the message has one' })
  html!: string | null;
}

/** How many of the newest caught messages the page lists. */
const MAX_MESSAGES = 200;

/**
 * The local mail catcher's messages, for the web app's page in embedded mode (`npm start`): only when
 * KC_EMBEDDED=true and KC_MAIL_DIR names the catcher's folder; 404 otherwise, so production has no such route.
 * Each user sees only the mail of its reach (canReadCaughtMail): its province's, or its own for an implementer.
 */
@ApiTags('dev')
@ApiBearerAuth()
@Controller('dev')
export class DevMailController {
  constructor(private readonly addressProvinces: AddressProvinces) {}

  @Get('mail')
  @ApiOperation({
    summary: 'Thư đã bắt (chế độ nhúng) / messages caught by the local mail catcher (embedded mode only)',
  })
  @ApiOkResponse({ type: [CaughtMailResponse] })
  @ApiNotFoundResponse({ description: 'Not in embedded mode, or no KC_MAIL_DIR' })
  async messages(@CurrentActor() actor: Actor): Promise<CaughtMailResponse[]> {
    const mailDir = isEmbeddedMode() ? readOptional(process.env, 'KC_MAIL_DIR') : undefined;
    if (!mailDir) {
      throw new ApiError(
        404,
        'NOT_FOUND',
        'Chỉ có trong chế độ nhúng (npm start) khi đặt KC_MAIL_DIR / only in embedded mode (npm start) with KC_MAIL_DIR set',
      );
    }
    const messages = await readCaughtMessages(mailDir);
    const provinces = await this.addressProvinces.of(messages.flatMap((m) => m.to));
    return messages
      .reverse()
      .filter((m) =>
        canReadCaughtMail(actor, {
          recipients: m.to,
          provinceCodes: m.to.flatMap((address) => provinces.get(address.trim().toLowerCase()) ?? []),
        }),
      )
      .slice(0, MAX_MESSAGES)
      .map(({ id, messageId, from, to, subject, date, text, html }) => ({
        id,
        messageId: messageId ?? null,
        from,
        to,
        subject,
        date,
        text,
        html: html ?? null,
      }));
  }
}
