export * from './env';
export * from './runtime-config';
