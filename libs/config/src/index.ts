export * from './env';
export * from './runtime-config';
export * from './security-config';
