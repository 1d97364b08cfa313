import type { Client } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The generated client, typed by the JSON answers only: it always asks for application/json, and the routes that
 * also answer a CSV or Excel file (format=csv|xlsx) are downloaded through requestFile instead.
 */
export type JsonClient = Client<paths, 'application/json'>;
