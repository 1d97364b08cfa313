import { DataSource } from 'typeorm';
import {
  ReviewActivities,
  assessForReview,
  escalationOffice,
  findProvince,
  localDayOf,
  nineMonthReviewRecipients,
  DEFAULT_DISBURSEMENT_THRESHOLD_PCT,
  DEFAULT_PROGRESS_THRESHOLD_PCT,
} from '@kc/domain';
import { NineMonthReviews, NotificationLog, RecipientDirectory, ReviewRow } from '@kc/persistence';
import { Mailer, RenderedMail, nineMonthReviewMail } from '@kc/notifications';
import { officeOf } from './notices/mail-addressing';
import { peopleAt } from './notices/recipients';

/**
 * The review's two steps; the review id is the workflow run id, so a retried step changes nothing twice, and the
 * mail's key is the review year, so a second run in the same year mails nobody again.
 */
export function createReviewActivities(dataSource: DataSource, mailer: Mailer, publicUrl: string): ReviewActivities {
  const reviews = new NineMonthReviews(dataSource);
  const log = new NotificationLog(dataSource);
  const directory = new RecipientDirectory(dataSource);
  return {
    async runNineMonthReview(input) {
      const { reviewId } = input;
      const disbursementThresholdPct = input.disbursementThresholdPct ?? DEFAULT_DISBURSEMENT_THRESHOLD_PCT;
      const progressThresholdPct = input.progressThresholdPct ?? DEFAULT_PROGRESS_THRESHOLD_PCT;
      const rows: ReviewRow[] = [];
      for (const c of await reviews.candidates()) {
        const facts = {
          approvedSupportVnd: Number(c.approvedSupportVnd),
          disbursedVnd: Number(c.disbursedVnd),
          physicalProgressPct: c.physicalProgressPct,
          plannedStart: c.plannedStart,
          plannedEnd: c.plannedEnd,
        };
        const assessment = assessForReview(facts, input.runAt, disbursementThresholdPct, progressThresholdPct);
        if (assessment.reasons.length === 0) continue;
        rows.push({
          projectId: c.id,
          code: c.code,
          title: c.title,
          provinceCode: c.provinceCode,
          state: c.state,
          ...facts,
          ...assessment,
        });
      }
      const reviewYear = Number(localDayOf(input.runAt).slice(0, 4));
      await reviews.save({
        id: reviewId,
        reviewYear,
        runAt: new Date(input.runAt),
        trigger: input.trigger,
        disbursementThresholdPct,
        progressThresholdPct,
        rows,
      });
      const byProvince: Record<string, number> = {};
      for (const r of rows) byProvince[r.provinceCode] = (byProvince[r.provinceCode] ?? 0) + 1;
      return { reviewId, reviewYear, runAt: input.runAt, flagged: rows.length, byProvince, mailed: 0 };
    },

    async mailNineMonthReview(reviewId) {
      const review = await reviews.find(reviewId);
      if (!review) return 0;
      const thresholds = { disbursement: review.disbursementThresholdPct, progress: review.progressThresholdPct };
      const link = `${publicUrl}/reviews`;
      const onDay = localDayOf(new Date(review.runAt).toISOString());
      const nameOf = (code: string) => findProvince(code)?.name ?? code;

      /**
       * Once per review period (the year), trigger and area: the 30/9 run mails each once, and however often someone
       * runs the review on demand, its recipients get one more message at most that year.
       */
      const mailOnce = async (area: string, to: string[], mail: RenderedMail): Promise<boolean> => {
        const key = `REVIEW:${review.reviewYear}:${review.trigger}:${area}`;
        const status = await log.claim(
          {
            idempotencyKey: key,
            projectId: null,
            kind: 'NINE_MONTH_REVIEW',
            periodKey: String(review.reviewYear),
            stalledState: null,
            repetition: 1,
            recipients: to,
            subject: mail.subject,
          },
          to.length ? 'PENDING' : 'NO_RECIPIENT',
        );
        if (status !== 'PENDING') return false;
        await mailer.send({ to, ...mail, messageId: `<${encodeURIComponent(key)}@khuyencong-flow>` });
        await log.markSent(key);
        return true;
      };

      let mailed = 0;
      // Each province with flagged projects: its supervisors and its Department's leaders (the domain says who).
      const provinces = [...new Set(review.rows.map((r) => r.provinceCode))];
      for (const code of provinces) {
        const to = (await peopleAt(directory, nineMonthReviewRecipients(false), code)).map((p) => p.email);
        const rows = review.rows.filter((r) => r.provinceCode === code);
        const mail = nineMonthReviewMail(
          nameOf(code),
          review.reviewYear,
          rows,
          thresholds,
          link,
          escalationOffice(1, 'LOCAL', code, onDay),
        );
        if (await mailOnce(code, to, mail)) mailed += 1;
      }
      // The national summary, every province's flagged projects: the Cục and the national supervisors.
      if (review.rows.length > 0) {
        const to = (await peopleAt(directory, nineMonthReviewRecipients(true), '')).map((p) => p.email);
        const rows = review.rows.map((r) => ({ ...r, provinceName: nameOf(r.provinceCode) }));
        const mail = nineMonthReviewMail('Toàn quốc', review.reviewYear, rows, thresholds, link, officeOf(null, onDay));
        if (await mailOnce('NATIONAL', to, mail)) mailed += 1;
      }
      return mailed;
    },
  };
}
