export * from './vietnam-holidays';
