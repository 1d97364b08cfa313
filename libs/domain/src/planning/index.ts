export * from './annual-calendar';
export * from './calendar-policy';
export * from './lapse-radar';
export * from './plan-calendar-contracts';
