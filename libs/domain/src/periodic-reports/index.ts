export * from './report-schedule';
export * from './periodic-reports-contracts';
