export * from './annual-calendar';
export * from './lapse-radar';
export * from './plan-calendar-contracts';
