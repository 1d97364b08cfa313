export { projectLifecycleWorkflow } from './project-lifecycle.workflow';
export { nineMonthReviewWorkflow } from './nine-month-review.workflow';
