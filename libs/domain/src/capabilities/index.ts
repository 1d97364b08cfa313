export * from './parties';
export * from './capability-table';
export * from './reach';
export * from './escalation-recipients';
export * from './escalation-handling';
