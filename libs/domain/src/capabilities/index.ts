export * from './parties';
export * from './capability-table';
export * from './reach';
export * from './escalation-recipients';
export * from './notice-recipients';
export * from './project-abilities';
export * from './capability-grid';
export * from './escalation-handling';
