/** The papers of a project (issue 17): which can be made now, and each as a DOCX or PDF file. */
import type { JsonClient } from './json-client';
import { answer, requestFile, withQuery } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];
export type DocumentFormInfo = Schemas['DocumentFormResponse'];
export type DocumentForm = Schemas['DocumentForm'];
export type DocumentFormat = Schemas['DocumentFormat'];

export function documentEndpoints(token: string, client: JsonClient) {
  return {
    documentForms: (id: string) => answer(client.GET('/api/projects/{id}/documents', { params: { path: { id } } })),
    /** The file and its Vietnamese name from the API's Content-Disposition ("Mẫu 3b - Báo cáo tiến độ - KCĐP-…"). */
    downloadDocument: (id: string, form: DocumentForm, format: DocumentFormat) =>
      requestFile(
        withQuery(`/projects/${encodeURIComponent(id)}/documents/${form}`, { format }),
        token,
        `${form}.${format}`,
      ),
  };
}
