export * from './calendar-days';
export * from './working-calendar';
