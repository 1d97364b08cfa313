export const METRICS_TOKEN = Symbol('METRICS_TOKEN');
export const APP_LOGGER = Symbol('APP_LOGGER');
