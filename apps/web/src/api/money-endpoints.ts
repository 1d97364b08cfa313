/** The money rule tables (issue 15): national caps by instrument, advance rules, the provinces' own caps. */
import type { JsonClient } from './json-client';
import { answer } from './http';
import type { components, operations } from './schema';

type Schemas = components['schemas'];
export type SupportCaps = Schemas['SupportCapsResponse'];
export type LocalSupportCap = Schemas['LocalSupportCapResponse'];
export type LocalSupportCapInput = Schemas['LocalSupportCapDto'];
export type ResolvedSupportCap = Schemas['ResolvedSupportCapResponse'];
export type MoneyRules = Schemas['MoneyRulesResponse'];
export type CapInstrument = Schemas['InstrumentCapsResponse'];
export type NationalCapVersionInput = Schemas['NationalCapVersionDto'];
type CapCategory = operations['SupportCapsController_save']['parameters']['path']['category'];
type ResolveQuery = NonNullable<operations['SupportCapsController_resolve']['parameters']['query']>;

export function moneyEndpoints(client: JsonClient) {
  const at = (provinceCode: string, year: number, category: string) => ({
    params: { path: { provinceCode, year: String(year), category: category as CapCategory } },
  });
  return {
    supportCaps: (query: { provinceCode?: string; year?: number } = {}) =>
      answer(client.GET('/api/support-caps', { params: { query } })),
    resolveSupportCap: (query: ResolveQuery) => answer(client.GET('/api/support-caps/resolve', { params: { query } })),
    saveLocalCap: (provinceCode: string, year: number, category: string, body: LocalSupportCapInput) =>
      answer(
        client.PUT('/api/admin/support-caps/{provinceCode}/{year}/{category}', {
          ...at(provinceCode, year, category),
          body,
        }),
      ),
    saveCapVersion: (code: string, body: NationalCapVersionInput) =>
      answer(client.PUT('/api/admin/support-cap-versions/{code}', { params: { path: { code } }, body })),
    removeCapVersion: (code: string) =>
      answer(client.DELETE('/api/admin/support-cap-versions/{code}', { params: { path: { code } } })),
    removeLocalCap: (provinceCode: string, year: number, category: string) =>
      answer(
        client.DELETE('/api/admin/support-caps/{provinceCode}/{year}/{category}', at(provinceCode, year, category)),
      ),
  };
}
