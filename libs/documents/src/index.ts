/**
 * The papers as data and as files: the neutral document model, the Decree 30 fixed parts, the forms (pure functions
 * of a record) and the DOCX and PDF renderers. No NestJS here: the API serves these files and the worker renders
 * the periodic report with the same code.
 */
export * from './document-model';
export * from './decree30';
export * from './document-text';
export * from './document-forms';
export * from './project-record';
export * from './issuing-bodies';
export * from './vietnamese-text';
export * from './amount-in-words';
export * from './render-docx';
export * from './render-pdf';
export * from './sample-record';
export type { FormOutcome, NotReady } from './forms/form-outcome';
export * from './render-xlsx';
export * from './periodic/periodic-report.form';
export * from './periodic/registration-summary.form';
export * from './periodic/render-periodic-report';
export * from './periodic/sample-periodic';
