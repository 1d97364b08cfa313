import { Module } from '@nestjs/common';
import { ReviewsController } from './reviews.controller';

/** The nine-month review (POST /api/reviews/nine-month, GET .../latest). */
@Module({ controllers: [ReviewsController] })
export class ReviewsModule {}
