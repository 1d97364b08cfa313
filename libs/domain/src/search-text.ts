/**
 * Accent-insensitive search: a project is found whether its code, title, implementing unit or beneficiary is typed
 * with diacritics or without ("banh chung" finds "Bánh chưng", "KCDP" finds "KCĐP"). Both the stored search column
 * and the typed query go through foldForSearch, so they meet in one spelling.
 */

// Combining marks left by NFD: the tone marks and the breve, circumflex and horn of ă â ê ô ơ ư.
const COMBINING_MARKS = /\p{M}/gu;
// Control characters are never meant in a query; they would otherwise match the field separator below.
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/** Lower-case, without diacritics, "đ" as "d", runs of white space as one space, trimmed; NFC and NFD alike. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchableProject {
  code: string;
  title: string;
  implementingUnitName: string;
  beneficiary: string;
}

/**
 * The projects.search_text column: each searchable field folded, one per line. A folded query has no line break,
 * so it never matches across two fields (the end of a code and the start of a title).
 */
export function projectSearchText(project: SearchableProject): string {
  return [project.code, project.title, project.implementingUnitName, project.beneficiary].map(foldForSearch).join('\n');
}
