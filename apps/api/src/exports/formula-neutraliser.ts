/**
 * CSV and spreadsheet formula injection (OWASP "CSV Injection"): a text cell that starts with one of these is read as
 * a formula by Excel, LibreOffice or Google Sheets (=HYPERLINK(…), +cmd|…, -2+3, @SUM(…)); tab and carriage return
 * hide such a start. The full-width forms are included because some programs fold them to the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The text as it should be written to an exported cell: a leading single quote makes a formula-like start inert. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
