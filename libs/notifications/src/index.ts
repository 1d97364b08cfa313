export * from './mailer';
export * from './mail-config';
export * from './templates/notice';
export * from './templates/deadline-templates';
export * from './templates/review-template';
export * from './templates/hand-off-templates';
export * from './templates/adjustment-templates';
export * from './templates/calendar-templates';
