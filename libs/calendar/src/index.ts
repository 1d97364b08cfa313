export * from './vietnam-holidays';
export * from './holiday-names';
