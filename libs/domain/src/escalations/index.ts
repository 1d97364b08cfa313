export * from './escalation-cause';
