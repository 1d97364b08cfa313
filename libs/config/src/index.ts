export * from './env';
export * from './runtime-config';
export * from './security-config';
export * from './database-ssl';
export * from './logging';
export * from './observability-config';
export * from './temporal-connection';
export * from './attachment-config';
