/** What is late or waiting in a queue row or an inbox item: a period's report, or a project's stay in a state. */
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { BilingualText } from './bilingual.response';

export class ReportCauseResponse {
  @ApiProperty({ enum: ['REPORT'] }) kind!: 'REPORT';
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ type: BilingualText }) label!: BilingualText;
}

export class StallCauseResponse {
  @ApiProperty({ enum: ['STALL'] }) kind!: 'STALL';
  @ApiProperty({ example: 'BASE_APPRAISAL' }) state!: string;
  @ApiProperty({ type: BilingualText }) stateLabel!: BilingualText;
}

export type WorkCause = ReportCauseResponse | StallCauseResponse;

/** The `what` property of a row: one of the two causes, told apart by `kind` (REPORT or STALL). */
export const WORK_CAUSE_SCHEMA = {
  oneOf: [{ $ref: getSchemaPath(ReportCauseResponse) }, { $ref: getSchemaPath(StallCauseResponse) }],
};
