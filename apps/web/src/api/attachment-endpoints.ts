/** Attachments of a project (issue 17): listed, uploaded as multipart/form-data, downloaded, withdrawn. */
import type { JsonClient } from './json-client';
import { API_BASE, ApiRequestError, answer, requestFile } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];
export type Attachment = Schemas['AttachmentResponse'];
export type AttachmentList = Schemas['AttachmentListResponse'];
export type AttachmentKind = Schemas['AttachmentKind'];

/** What an uploaded file evidences, besides its kind and note (at most one link). */
export interface AttachmentFields {
  kind?: AttachmentKind;
  note?: string;
  reportPeriod?: string;
  action?: string;
  adjustmentId?: string;
}

export function attachmentEndpoints(token: string, client: JsonClient) {
  return {
    attachments: (projectId: string) =>
      answer(client.GET('/api/projects/{id}/attachments', { params: { path: { id: projectId } } })),
    /** The browser writes the multipart body (and its boundary) itself: no JSON client here. */
    uploadAttachment: async (projectId: string, file: File, fields: AttachmentFields = {}): Promise<Attachment> => {
      const form = new FormData();
      form.set('file', file, file.name);
      for (const [name, value] of Object.entries(fields)) if (value) form.set(name, value);
      let res: Response;
      try {
        res = await fetch(`${API_BASE}/projects/${encodeURIComponent(projectId)}/attachments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          body: form,
        });
      } catch (err) {
        throw new ApiRequestError(0, err instanceof Error ? err.message : String(err));
      }
      const text = await res.text();
      const body: unknown = text ? JSON.parse(text) : undefined;
      if (!res.ok) {
        const message = body && typeof body === 'object' && 'message' in body ? String(body.message) : '';
        throw new ApiRequestError(res.status, message, body);
      }
      return body as Attachment;
    },
    downloadAttachment: (attachment: Attachment) =>
      requestFile(`/attachments/${encodeURIComponent(attachment.id)}`, token, attachment.fileName),
    deleteAttachment: (id: string) => answer(client.DELETE('/api/attachments/{id}', { params: { path: { id } } })),
  };
}
