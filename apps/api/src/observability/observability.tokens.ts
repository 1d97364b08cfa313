export const METRICS_TOKEN = Symbol('METRICS_TOKEN');
export const APP_LOGGER = Symbol('APP_LOGGER');
/** true in embedded mode (npm start): /api/metrics answers without a token when METRICS_TOKEN is unset. */
export const METRICS_OPEN_WITHOUT_TOKEN = Symbol('METRICS_OPEN_WITHOUT_TOKEN');
