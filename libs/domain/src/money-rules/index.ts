export * from './legal-instruments';
export * from './support-caps';
export * from './advance-rules';
export * from './project-money-rules';
export * from './money-rules-summary';
export * from './overheads';
export * from './national-cap-versions';
export * from './rule-shares';
