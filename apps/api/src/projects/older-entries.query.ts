import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

const LIMIT_MESSAGE = 'limit phải là số nguyên từ 1 đến 200 / limit must be a whole number from 1 to 200';
const BEFORE_MESSAGE =
  'before phải là số thứ tự (seq) nguyên dương, lấy từ historyNextBefore hoặc disbursementsNextBefore / before must be a positive whole seq, as historyNextBefore or disbursementsNextBefore gives';

/** Older entries of a project's history or disbursements than its page shows: those before seq `before`. */
export class OlderEntriesQuery {
  @ApiPropertyOptional({ description: 'The seq to read entries before (the page’s nextBefore); the newest if absent' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: BEFORE_MESSAGE })
  @Min(1, { message: BEFORE_MESSAGE })
  @Max(2_147_483_647, { message: BEFORE_MESSAGE })
  before?: number;

  @ApiPropertyOptional({ description: 'How many, 1 to 200 (default 50)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(200, { message: LIMIT_MESSAGE })
  limit?: number;
}
