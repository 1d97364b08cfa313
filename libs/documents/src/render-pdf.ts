import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, ContentStack, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, DocumentTable, OfficialDocument, Signer } from './document-model';
import { addresseeLines, HEADER_SPLIT, PAGE_MM, QUOC_HIEU, SERIF_FONT, SIZE_PT, TIEU_NGU } from './decree30';
import { upper } from './issuing-bodies';
import { placeAndDate } from './vietnamese-text';

/**
 * Liberation Serif 2 (metric-compatible with Times New Roman, and with the Vietnamese letters that version 1 lacks),
 * from Debian's fonts-liberation2, which `npm run setup` installs (scripts/install-document-tools.mjs).
 */
export const FONT_DIR = '/usr/share/fonts/truetype/liberation2';
const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
};

export class FontsMissingError extends Error {}

let configured = false;
/** Fonts from the files, nothing from the network: pdfmake may read the four font files and nothing else. */
function configurePdfmake(): void {
  if (configured) return;
  const files = Object.fromEntries(Object.entries(FONT_FILES).map(([style, file]) => [style, join(FONT_DIR, file)]));
  const missing = Object.values(files).filter((path) => !existsSync(path));
  if (missing.length)
    throw new FontsMissingError(`missing ${missing.join(', ')}: run npm run setup (apt-get install fonts-liberation2)`);
  const allowed = new Set(Object.values(files));
  pdfmake.setFonts({
    [SERIF_FONT.pdf]: files as { normal: string; bold: string; italics: string; bolditalics: string },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  configured = true;
}

const mm = (value: number) => (value * 72) / 25.4;
const TEXT_WIDTH = mm(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);

/** A short centred rule under the issuer's name, as wide as a third of its column. */
function rule(columnWidth: number, fraction: number): Content {
  const length = columnWidth * fraction;
  const start = (columnWidth - length) / 2;
  return {
    canvas: [{ type: 'line', x1: start, y1: 2, x2: start + length, y2: 2, lineWidth: 0.6 }],
    margin: [0, 0, 0, 6],
  };
}

function header(doc: OfficialDocument): Content {
  const leftWidth = (TEXT_WIDTH * HEADER_SPLIT.left) / 100;
  const issuer: Content[] = [];
  if (doc.issuer.superior) issuer.push({ text: upper(doc.issuer.superior), fontSize: SIZE_PT.issuer });
  issuer.push({ text: upper(doc.issuer.name), fontSize: SIZE_PT.issuer, bold: true }, rule(leftWidth, 0.4), {
    text: `Số: ${doc.number}`,
    fontSize: SIZE_PT.body,
  });
  return {
    columns: [
      { width: leftWidth, stack: issuer, alignment: 'center' },
      {
        width: '*',
        alignment: 'center',
        stack: [
          { text: QUOC_HIEU, bold: true, fontSize: SIZE_PT.quocHieu },
          { text: TIEU_NGU, bold: true, fontSize: SIZE_PT.tieuNgu, decoration: 'underline' },
          { text: placeAndDate(doc.place, doc.day), italics: true, fontSize: SIZE_PT.dateLine, margin: [0, 8, 0, 0] },
        ],
      },
    ],
  };
}

function table(t: DocumentTable): Content {
  const weights = t.columns.reduce((s, c) => s + c.weight, 0);
  const body: TableCell[][] = [
    t.columns.map((c) => ({ text: c.header, bold: true, alignment: 'center' })),
    ...t.rows.map((r) => r.map((text, i) => ({ text, alignment: t.columns[i].align }))),
  ];
  if (t.total) {
    const span = t.columns.length - t.total.cells.length;
    body.push([
      { text: t.total.label, bold: true, alignment: 'center', colSpan: span },
      ...Array.from({ length: span - 1 }, () => ({ text: '' })),
      ...t.total.cells.map((text, i) => ({ text, bold: true, alignment: t.columns[span + i].align })),
    ]);
  }
  return {
    table: {
      // A header row never ends a page alone, and a row is not split across two.
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: t.columns.map((c) => `${((c.weight * 100) / weights).toFixed(2)}%`),
      body,
    },
    fontSize: SIZE_PT.table,
    margin: [0, 4, 0, 6],
  };
}

function block(b: Block): Content {
  switch (b.kind) {
    case 'heading':
      return { text: b.text, bold: true, margin: [0, 6, 0, 3], headlineLevel: 1 };
    case 'table':
      return table(b.table);
    case 'paragraph':
      return {
        text: b.runs.map((r) => ({ text: r.text, bold: r.bold, italics: r.italic })),
        alignment: b.align ?? 'justify',
        ...(b.indent ? { leadingIndent: mm(10) } : {}),
        margin: [0, 0, 0, 3],
      };
  }
}

function signature(s: Signer): ContentStack {
  return {
    alignment: 'center',
    stack: [
      { text: s.capacity, bold: true, fontSize: SIZE_PT.signer },
      { text: s.note, italics: true, fontSize: SIZE_PT.signerNote },
      { text: s.name ?? ' ', bold: true, fontSize: SIZE_PT.signer, margin: [0, 60, 0, 0] },
    ],
  };
}

function recipients(doc: OfficialDocument): ContentStack {
  return {
    stack: [
      { text: 'Nơi nhận:', bold: true, italics: true, fontSize: SIZE_PT.recipientsTitle },
      ...doc.recipients.map((r) => ({ text: `- ${r}`, fontSize: SIZE_PT.recipients })),
    ],
  };
}

function footer(doc: OfficialDocument): Content[] {
  if (doc.signers.length === 1) {
    return [
      {
        columns: [
          { width: '50%', ...recipients(doc) },
          { width: '50%', ...signature(doc.signers[0]) },
        ],
        margin: [0, 12, 0, 0],
      } as Content,
    ];
  }
  return [
    { columns: doc.signers.map((s) => ({ width: '*', ...signature(s) })), margin: [0, 12, 0, 12] } as Content,
    recipients(doc),
  ];
}

/** The paper as PDF/A4 in Liberation Serif, embedded: to print, sign and archive. */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  configurePdfmake();
  const content: Content[] = [
    ...(doc.formLabel
      ? [{ text: doc.formLabel, bold: true, fontSize: SIZE_PT.formLabel, alignment: 'right' } as Content]
      : []),
    header(doc),
    { text: doc.title, bold: true, fontSize: SIZE_PT.title, alignment: 'center', margin: [0, 14, 0, 0] },
  ];
  if (doc.subtitle) content.push({ text: doc.subtitle, bold: true, alignment: 'center' });
  if (doc.addressees?.length) {
    content.push({
      stack: addresseeLines(doc.addressees).map((text) => ({ text })),
      alignment: 'center',
      margin: [0, 6, 0, 0],
    });
  }
  content.push({ text: ' ', margin: [0, 0, 0, 4] }, ...doc.body.map(block), ...footer(doc));
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [mm(PAGE_MM.left), mm(PAGE_MM.top), mm(PAGE_MM.right), mm(PAGE_MM.bottom)],
    defaultStyle: { font: SERIF_FONT.pdf, fontSize: SIZE_PT.body, lineHeight: 1.1 },
    info: {
      title: doc.meta.title,
      subject: doc.meta.subject,
      creator: 'KhuyenCong Flow',
      producer: 'KhuyenCong Flow (pdfmake)',
    },
    content,
    // A heading in the last eighth of a page goes to the next one with what it heads (a table keeps its header
    // with its first row, so it would leave the heading alone at the foot of the page).
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 &&
      (nodes.getFollowingNodesOnPage().length === 0 || (node.startPosition?.verticalRatio ?? 0) > 0.875),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
