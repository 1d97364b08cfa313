import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { Align, Block, DocumentTable, OfficialDocument, TextRun as ModelRun } from './document-model';
import { addresseeLines, HEADER_SPLIT, PAGE_MM, QUOC_HIEU, SERIF_FONT, SIZE_PT, TIEU_NGU } from './decree30';
import { upper } from './issuing-bodies';
import { placeAndDate } from './vietnamese-text';

const TEXT_WIDTH = convertMillimetersToTwip(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);
const half = (pt: number) => pt * 2;
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: Align;
}

function line(l: Line): Paragraph {
  return new Paragraph({
    alignment: ALIGN[l.align ?? 'center'],
    spacing: { before: 0, after: 0 },
    children: [
      new TextRun({
        text: l.text,
        size: half(l.size),
        bold: l.bold,
        italics: l.italic,
        ...(l.underline ? { underline: {} } : {}),
      }),
    ],
  });
}

function runs(model: ModelRun[], size: number): ParagraphChild[] {
  return model.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size: half(size) }));
}

/** A borderless row of cells, each a stack of paragraphs: the header and the signatures are laid out so. */
function layoutRow(columns: { percent: number; children: Paragraph[] }[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => Math.round((TEXT_WIDTH * c.percent) / 100)),
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: columns.map(
          (c) =>
            new TableCell({
              width: { size: Math.round((TEXT_WIDTH * c.percent) / 100), type: WidthType.DXA },
              borders: NO_BORDERS,
              children: c.children,
            }),
        ),
      }),
    ],
  });
}

function header(doc: OfficialDocument): Table {
  const issuer: Paragraph[] = [];
  if (doc.issuer.superior) issuer.push(line({ text: upper(doc.issuer.superior), size: SIZE_PT.issuer }));
  issuer.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // The short rule under the issuer's name (Annex I: one third to one half of the line, centred).
      border: { bottom: LINE },
      indent: { left: convertMillimetersToTwip(18), right: convertMillimetersToTwip(18) },
      spacing: { after: 120 },
      children: [new TextRun({ text: upper(doc.issuer.name), bold: true, size: half(SIZE_PT.issuer) })],
    }),
    line({ text: `Số: ${doc.number}`, size: SIZE_PT.body }),
  );
  const national = [
    line({ text: QUOC_HIEU, size: SIZE_PT.quocHieu, bold: true }),
    line({ text: TIEU_NGU, size: SIZE_PT.tieuNgu, bold: true, underline: true }),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
    line({ text: placeAndDate(doc.place, doc.day), size: SIZE_PT.dateLine, italic: true }),
  ];
  return layoutRow([
    { percent: HEADER_SPLIT.left, children: issuer },
    { percent: HEADER_SPLIT.right, children: national },
  ]);
}

function cell(text: string, align: Align, bold = false, columnSpan?: number): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    ...(columnSpan ? { columnSpan } : {}),
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        children: [new TextRun({ text, bold, size: half(SIZE_PT.table) })],
      }),
    ],
  });
}

function table(t: DocumentTable): Table {
  const weights = t.columns.reduce((s, c) => s + c.weight, 0);
  const widths = t.columns.map((c) => Math.round((TEXT_WIDTH * c.weight) / weights));
  const rows = [
    new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c.header, 'center', true)) }),
    ...t.rows.map((r) => new TableRow({ children: r.map((text, i) => cell(text, t.columns[i].align)) })),
  ];
  if (t.total) {
    const span = t.columns.length - t.total.cells.length;
    rows.push(
      new TableRow({
        children: [
          cell(t.total.label, 'center', true, span),
          ...t.total.cells.map((text, i) => cell(text, t.columns[span + i].align, true)),
        ],
      }),
    );
  }
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows });
}

function block(b: Block): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return new Paragraph({
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: b.text, bold: true, size: half(SIZE_PT.body) })],
      });
    case 'table':
      return table(b.table);
    case 'paragraph':
      return new Paragraph({
        alignment: ALIGN[b.align ?? 'justify'],
        spacing: { before: 0, after: 60 },
        ...(b.indent ? { indent: { firstLine: convertMillimetersToTwip(10) } } : {}),
        children: runs(b.runs, SIZE_PT.body),
      });
  }
}

function recipients(doc: OfficialDocument): Paragraph[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: half(SIZE_PT.recipientsTitle) })],
    }),
    ...doc.recipients.map((r) => line({ text: `- ${r}`, size: SIZE_PT.recipients, align: 'left' })),
  ];
}

function signature(s: OfficialDocument['signers'][number]): Paragraph[] {
  return [
    line({ text: s.capacity, size: SIZE_PT.signer, bold: true }),
    line({ text: s.note, size: SIZE_PT.signerNote, italic: true }),
    ...Array.from({ length: 4 }, () => new Paragraph({ children: [] })),
    line({ text: s.name ?? '', size: SIZE_PT.signer, bold: true }),
  ];
}

/** One signer: Nơi nhận on the left, the signature on the right; several (minutes): side by side, Nơi nhận under. */
function footer(doc: OfficialDocument): (Paragraph | Table)[] {
  const gap = new Paragraph({ spacing: { before: 240 }, children: [] });
  if (doc.signers.length === 1) {
    return [
      gap,
      layoutRow([
        { percent: 50, children: recipients(doc) },
        { percent: 50, children: signature(doc.signers[0]) },
      ]),
    ];
  }
  const percent = 100 / doc.signers.length;
  return [gap, layoutRow(doc.signers.map((s) => ({ percent, children: signature(s) }))), gap, ...recipients(doc)];
}

/** The paper as a Word document (Times New Roman; LibreOffice shows it in the metric-compatible Liberation Serif). */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    ...(doc.formLabel ? [line({ text: doc.formLabel, size: SIZE_PT.formLabel, bold: true, align: 'right' })] : []),
    header(doc),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    line({ text: doc.title, size: SIZE_PT.title, bold: true }),
  ];
  if (doc.subtitle) children.push(line({ text: doc.subtitle, size: SIZE_PT.body, bold: true }));
  if (doc.addressees?.length) {
    children.push(new Paragraph({ spacing: { before: 120 }, children: [] }));
    children.push(...addresseeLines(doc.addressees).map((text) => line({ text, size: SIZE_PT.body })));
  }
  children.push(new Paragraph({ spacing: { before: 120 }, children: [] }));
  children.push(...doc.body.map(block), ...footer(doc));
  const document = new Document({
    creator: 'KhuyenCong Flow',
    title: doc.meta.title,
    subject: doc.meta.subject,
    styles: { default: { document: { run: { font: SERIF_FONT.docx, size: half(SIZE_PT.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(PAGE_MM.width), height: convertMillimetersToTwip(PAGE_MM.height) },
            margin: {
              top: convertMillimetersToTwip(PAGE_MM.top),
              bottom: convertMillimetersToTwip(PAGE_MM.bottom),
              left: convertMillimetersToTwip(PAGE_MM.left),
              right: convertMillimetersToTwip(PAGE_MM.right),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
