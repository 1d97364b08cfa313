import type { Block, OfficialDocument } from './document-model';
import { QUOC_HIEU, TIEU_NGU, addresseeLines } from './decree30';
import { upper } from './issuing-bodies';
import { placeAndDate } from './vietnamese-text';

function blockText(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [b.text];
    case 'paragraph':
      return [b.runs.map((r) => r.text).join('')];
    case 'table':
      return [
        b.table.columns.map((c) => c.header).join(' | '),
        ...b.table.rows.map((r) => r.join(' | ')),
        ...(b.table.total ? [[b.table.total.label, ...b.table.total.cells].join(' | ')] : []),
      ];
  }
}

/** The paper's words in reading order, one line per paragraph or table row: what both renderers must show. */
export function documentLines(doc: OfficialDocument): string[] {
  return [
    ...(doc.formLabel ? [doc.formLabel] : []),
    ...(doc.issuer.superior ? [upper(doc.issuer.superior)] : []),
    upper(doc.issuer.name),
    `Số: ${doc.number}`,
    QUOC_HIEU,
    TIEU_NGU,
    placeAndDate(doc.place, doc.day),
    doc.title,
    ...(doc.subtitle ? [doc.subtitle] : []),
    ...(doc.addressees?.length ? addresseeLines(doc.addressees) : []),
    ...doc.body.flatMap(blockText),
    ...footerLines(doc),
  ];
}

/** One signer sits right of Nơi nhận (read after it); several sign side by side above it. */
function footerLines(doc: OfficialDocument): string[] {
  const signers = doc.signers.flatMap((s) => [s.capacity, s.note, ...(s.name ? [s.name] : [])]);
  const recipients = ['Nơi nhận:', ...doc.recipients.map((r) => `- ${r}`)];
  return doc.signers.length === 1 ? [...recipients, ...signers] : [...signers, ...recipients];
}
