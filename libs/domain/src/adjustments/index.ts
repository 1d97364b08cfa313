export * from './adjustment-kinds';
export * from './adjustment-terms';
export * from './adjustment-decisions';
