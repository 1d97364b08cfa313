import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { attachmentDisposition } from '../exports/sheet-name';
import { splitFileName } from './attachment-types';
import { UploadAttachmentDto } from './attachment.dto';
import { AttachmentListResponse, AttachmentResponse, DeletedAttachmentResponse } from './attachment.responses';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { AttachmentsService, UploadedFile as KeptFile } from './attachments.service';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects/:id/attachments')
export class ProjectAttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Hồ sơ đính kèm / the attachments of a project, newest first, with uploader and time' })
  @ApiOkResponse({ type: AttachmentListResponse })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  list(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.attachments.list(actor, id);
  }

  @Post()
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentDto })
  @ApiOperation({
    summary:
      'Tải lên tệp đính kèm / upload evidence (PDF, JPEG, PNG, DOCX, XLSX, type read from the content), optionally linked to a report period, an action or an adjustment request',
  })
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiBadRequestResponse({ description: 'No file, an empty file, a malformed form or link' })
  @ApiForbiddenResponse({ description: 'You may not upload on this project (the message names who may)' })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than ATTACHMENT_MAX_BYTES (the message gives the limit in MB)' })
  @ApiUnsupportedMediaTypeResponse({
    description: 'The content is not PDF, JPEG, PNG, DOCX or XLSX, whatever its name',
  })
  upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @UploadedFile() file: KeptFile | undefined,
    @Body() body: UploadAttachmentDto,
  ) {
    return this.attachments.upload(actor, id, file, body);
  }
}

@ApiTags('projects')
@ApiBearerAuth()
@Controller('attachments/:id')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Tải về tệp đính kèm / download the bytes as uploaded (SHA-256 checked first), as an attachment with nosniff',
  })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, with its detected content type' })
  @ApiNotFoundResponse({ description: 'No such attachment in your reach, or deleted' })
  @ApiConflictResponse({ description: 'The stored bytes no longer match the SHA-256 kept at upload' })
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { row, bytes } = await this.attachments.download(actor, id);
    const { stem, ext } = splitFileName(row.fileName);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('X-Attachment-SHA256', row.sha256);
    return new StreamableFile(bytes, {
      type: row.contentType,
      disposition: attachmentDisposition(stem, ext),
      length: bytes.length,
    });
  }

  @Delete()
  @ApiOperation({
    summary:
      'Xoá tệp đính kèm / withdraw an attachment (its uploader, or a Department leader): hidden, kept and audited',
  })
  @ApiOkResponse({ type: DeletedAttachmentResponse })
  @ApiForbiddenResponse({ description: 'Neither its uploader nor a Department leader' })
  @ApiNotFoundResponse({ description: 'No such attachment in your reach, or deleted already' })
  remove(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.attachments.remove(actor, id);
  }
}
