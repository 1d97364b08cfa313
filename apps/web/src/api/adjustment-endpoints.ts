/** Adjustment requests of a project (issue 15): ask, certify, approve, reject, withdraw; the versions of the terms. */
import type { JsonClient } from './json-client';
import { answer } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];
export type Adjustment = Schemas['AdjustmentResponse'];
export type AdjustmentInput = Schemas['RequestAdjustmentDto'];
export type AdjustmentActionInput = Schemas['AdjustmentActionDto'];
export type TermsVersion = Schemas['TermsVersionResponse'];

export function adjustmentEndpoints(client: JsonClient) {
  const withKey = (key: string) => ({ header: { 'idempotency-key': key } });
  return {
    adjustments: (projectId: string) =>
      answer(client.GET('/api/projects/{id}/adjustments', { params: { path: { id: projectId } } })),
    termsVersions: (projectId: string) =>
      answer(client.GET('/api/projects/{id}/terms', { params: { path: { id: projectId } } })),
    requestAdjustment: (projectId: string, input: AdjustmentInput, key: string) =>
      answer(
        client.POST('/api/projects/{id}/adjustments', {
          params: { path: { id: projectId }, ...withKey(key) },
          body: input,
        }),
      ),
    adjustmentAction: (id: string, input: AdjustmentActionInput, key: string) =>
      answer(client.POST('/api/adjustments/{id}/actions', { params: { path: { id }, ...withKey(key) }, body: input })),
  };
}
