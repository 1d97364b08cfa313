import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { attachmentDisposition } from '../exports/sheet-name';
import { DocumentParams, DocumentQuery } from './document.query';
import { DocumentFormResponse } from './document.responses';
import { DOCUMENT_CONTENT_TYPES, DocumentsService } from './documents.service';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('projects/:id/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @ApiOperation({
    summary: 'Văn bản, biểu mẫu của đề án / the papers of a project (Mẫu 3b, 5a, 6) and whether each can be made now',
  })
  @ApiOkResponse({ type: [DocumentFormResponse] })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  forms(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.documents.forms(actor, id);
  }

  @Get(':form')
  @ApiOperation({
    summary:
      'Tải văn bản / a paper of the project in the format of Decree 30/2020/NĐ-CP, as DOCX (to edit) or PDF (to sign)',
  })
  @ApiProduces(DOCUMENT_CONTENT_TYPES.pdf, DOCUMENT_CONTENT_TYPES.docx)
  @ApiOkResponse({
    description: 'The file, as an attachment named with the form and the project code',
    content: {
      [DOCUMENT_CONTENT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } },
      [DOCUMENT_CONTENT_TYPES.docx]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiBadRequestResponse({ description: 'Unknown form, format or period; `fields` names it' })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  @ApiConflictResponse({ description: 'The paper cannot be made yet (no contract, no acceptance, no such period)' })
  async download(
    @CurrentActor() actor: Actor,
    @Param() params: DocumentParams,
    @Query() query: DocumentQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.documents.file(actor, params.id, params.form, query.format ?? 'pdf', {
      period: query.period,
    });
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: attachmentDisposition(file.fileName, file.extension),
      length: file.body.length,
    });
  }
}
