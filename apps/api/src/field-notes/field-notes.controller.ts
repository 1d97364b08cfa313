import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@kc/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CreateFieldNoteDto } from './field-note.dto';
import { FieldNoteListResponse, FieldNoteResponse } from './field-note.responses';
import { FieldNotesService } from './field-notes.service';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects/:id/field-notes')
export class FieldNotesController {
  constructor(private readonly notes: FieldNotesService) {}

  @Get()
  @ApiOperation({ summary: 'Ghi chép hiện trường / the field notes of a project, newest observation first' })
  @ApiOkResponse({ type: FieldNoteListResponse })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  list(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.notes.list(actor, id);
  }

  @Post()
  @ApiOperation({
    summary:
      'Ghi chép hiện trường / file a dated field note (commune collaborators and Department officers of the province)',
  })
  @ApiCreatedResponse({ type: FieldNoteResponse })
  @ApiBadRequestResponse({ description: 'Invalid body, or a day after today' })
  @ApiForbiddenResponse({ description: 'You may not file field notes on this project (the message names who may)' })
  @ApiNotFoundResponse({ description: 'No such project in your reach' })
  @ApiHeader({
    name: 'idempotency-key',
    required: false,
    description: '1–128 printable ASCII characters: a retry with the same key files the note once',
  })
  add(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CreateFieldNoteDto) {
    return this.notes.add(actor, id, body);
  }
}
