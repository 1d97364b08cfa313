import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Actor, may, NINE_MONTH_REVIEW_WORKFLOW_TYPE, NineMonthReviewSummary } from '@kc/domain';
import type { TemporalConfig } from '@kc/config';
import { NineMonthReviews, StoredReview } from '@kc/persistence';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { TEMPORAL_CLIENT, TEMPORAL_CONFIG } from '../infrastructure/temporal-client.token';
import { NineMonthReviewResponse, NineMonthReviewRunResponse } from './review.responses';

class RunReviewDto {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  disbursementThresholdPct?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  progressThresholdPct?: number;
}

/** The review as one user may see it: only the rows of their reach. */
export function reviewView(review: StoredReview | null, actor: Actor): NineMonthReviewResponse | null {
  if (!review) return null;
  const rows = review.rows.filter((r) => actor.provinceCode === null || r.provinceCode === actor.provinceCode);
  return {
    ...review,
    runAt: new Date(review.runAt).toISOString(),
    runAtLocal: toVietnamTime(review.runAt),
    flagged: rows.length,
    rows,
  };
}

/** The run's counts as one user may see them: a provincial user sees only its own province's. */
export function summaryView(summary: NineMonthReviewSummary, actor: Actor): NineMonthReviewSummary {
  if (actor.provinceCode === null) return summary;
  const own = summary.byProvince[actor.provinceCode] ?? 0;
  return { ...summary, flagged: own, byProvince: own ? { [actor.provinceCode]: own } : {} };
}

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('reviews/nine-month')
export class ReviewsController {
  constructor(
    private readonly reviews: NineMonthReviews,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(TEMPORAL_CONFIG) private readonly config: TemporalConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Rà soát 9 tháng ngay / run the nine-month review now (it also runs by schedule on 30/9)' })
  @ApiOkResponse({ type: NineMonthReviewRunResponse })
  async run(@CurrentActor() actor: Actor, @Body() body: RunReviewDto): Promise<NineMonthReviewRunResponse> {
    const answer = may(actor, 'review.run');
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    const summary: NineMonthReviewSummary = await this.client.workflow.execute(NINE_MONTH_REVIEW_WORKFLOW_TYPE, {
      workflowId: `nine-month-review-${new Date().toISOString()}`,
      taskQueue: this.config.taskQueue,
      args: [{ trigger: 'ON_DEMAND', ...body }],
    });
    return {
      summary: summaryView(summary, actor),
      review: reviewView(await this.reviews.find(summary.reviewId), actor),
    };
  }

  @Get('latest')
  @ApiOperation({ summary: 'Kết quả rà soát 9 tháng gần nhất / the latest nine-month review, rows within your reach' })
  @ApiOkResponse({ type: NineMonthReviewResponse, description: 'Empty when no review has run yet' })
  async latest(@CurrentActor() actor: Actor): Promise<NineMonthReviewResponse | null> {
    // The results are read where the dashboard is (the Department, the UBND, the Cục), not by the units.
    const answer = may(actor, 'dashboard.read');
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    return reviewView(await this.reviews.latest(), actor);
  }
}
