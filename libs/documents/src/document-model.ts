/**
 * A paper as neutral data: what it says and how its parts are arranged, not how a format draws them. Each form builds
 * one; the DOCX and PDF renderers draw the same model, so the two files never say different things.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  /** A line of text; `indent` starts it with the first-line indent of a body paragraph. */
  | { kind: 'paragraph'; runs: TextRun[]; align?: Align; indent?: boolean }
  /** A numbered heading of the body ("I. THÔNG TIN CHUNG", "Điều 1. ..."). */
  | { kind: 'heading'; text: string }
  | { kind: 'table'; table: DocumentTable };

export interface TableColumn {
  header: string;
  /** Whole numbers (counts, VND grouped with dots): a spreadsheet holds them as numbers. */
  numeric?: boolean;
  /** Relative width: the renderers share the page width by these weights. */
  weight: number;
  align: Align;
}

export interface DocumentTable {
  /** A short name of the table: a spreadsheet names its sheet so. */
  name?: string;
  columns: TableColumn[];
  rows: string[][];
  /** A last row in bold (Tổng cộng), with its first cells merged under the label. */
  total?: { label: string; cells: string[] };
}

/** The issuing body as Decree 30 writes it at the top left: its superior above it, in capitals. */
export interface IssuingBody {
  superior?: string;
  name: string;
}

/** One signature column: the capacity (ĐẠI DIỆN BÊN A, THỦ TRƯỞNG ĐƠN VỊ), the note under it and the name if known. */
export interface Signer {
  capacity: string;
  note: string;
  name?: string;
}

export interface OfficialDocument {
  /** Which form of TT 36/2013/TT-BCT this is ("Mẫu 3b"), printed above the number; none for a paper with no form. */
  formLabel?: string;
  issuer: IssuingBody;
  /** The number and symbol after "Số:"; blanks (……) where the clerk writes it in when the paper is issued. */
  number: string;
  /** The place and the local calendar day (YYYY-MM-DD) of the date line. */
  place: string;
  day: string;
  title: string;
  subtitle?: string;
  /** "Kính gửi: ..." under the title, for a report; none for minutes. */
  addressees?: string[];
  body: Block[];
  recipients: string[];
  signers: Signer[];
  /** Metadata of the file: its title and the system that made it. */
  meta: { title: string; subject: string };
}
