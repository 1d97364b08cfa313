export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const TEMPORAL_CONFIG = Symbol('TEMPORAL_CONFIG');
