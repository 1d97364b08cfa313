export * from './funding';
export * from './percent';
export * from './allocation';
export * from './regions';
export * from './plan-abilities';
export * from './ranking';
