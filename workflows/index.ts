export { projectLifecycleWorkflow } from './project-lifecycle.workflow';
export { nineMonthReviewWorkflow } from './nine-month-review.workflow';
export { planCalendarWorkflow } from './plan-calendar.workflow';
export { periodicReportsWorkflow } from './periodic-reports.workflow';
