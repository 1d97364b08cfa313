/** Organisations, the provinces' regulation on local approval, and field notes (issue 13). */
import type { JsonClient } from './json-client';
import { answer } from './http';
import type { components } from './schema';

type Schemas = components['schemas'];
export type Organisation = Schemas['OrganisationResponse'];
export type NewOrganisation = Schemas['CreateOrganisationDto'];
export type ProvinceRule = Schemas['ProvinceRuleResponse'];
export type LocalApprover = ProvinceRule['localApprover'];
export type FieldNote = Schemas['FieldNoteResponse'];
export type FieldNoteList = Schemas['FieldNoteListResponse'];
export type NewFieldNote = Schemas['CreateFieldNoteDto'];

export function orgEndpoints(client: JsonClient) {
  return {
    /** provinceCode: a province code, or NATIONAL for the Ministry and the Cục. */
    organisations: (provinceCode?: string) =>
      answer(client.GET('/api/organisations', { params: { query: provinceCode ? { provinceCode } : {} } })),
    createOrganisation: (input: NewOrganisation) => answer(client.POST('/api/admin/organisations', { body: input })),
    provinceRules: () => answer(client.GET('/api/admin/province-rules')),
    setProvinceRule: (provinceCode: string, localApprover: LocalApprover) =>
      answer(
        client.PUT('/api/admin/province-rules/{provinceCode}', {
          params: { path: { provinceCode } },
          body: { localApprover },
        }),
      ),
    fieldNotes: (projectId: string) =>
      answer(client.GET('/api/projects/{id}/field-notes', { params: { path: { id: projectId } } })),
    addFieldNote: (projectId: string, note: NewFieldNote) =>
      answer(client.POST('/api/projects/{id}/field-notes', { params: { path: { id: projectId } }, body: note })),
  };
}
