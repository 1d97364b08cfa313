export * from './nine-month-review';
