// Readers for the two kinds of tab-separated input: the reference entity table and the
// hand-written name tables (names/*.tsv). Both are plain TSV without quoting.
import { existsSync, readFileSync } from 'node:fs';

/** Reads a TSV with a header row into objects; `#` lines and blank lines are skipped. */
export function readTsv(path) {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows = [];
  let header = null;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) { header = cells.map((c) => c.trim()); continue; }
    const row = { lineNumber: index + 1 };
    header.forEach((name, i) => { row[name] = (cells[i] ?? '').trim(); });
    rows.push(row);
  }
  return rows;
}

export const NAME_KINDS = new Set(['pref', 'alt', 'short', 'demonym', 'type', 'country', 'role']);
export const LANGS = ['en', 'ar', 'he', 'ru'];

/**
 * Reads a name table. A missing file yields no rows: persons.tsv is written by someone else
 * and may not exist yet. Malformed rows are reported, not silently dropped.
 */
export function readNameTable(path, problems) {
  if (!existsSync(path)) {
    problems.push(`note: ${path} not found, skipped`);
    return [];
  }
  const rows = [];
  for (const row of readTsv(path)) {
    const where = `${path}:${row.lineNumber}`;
    if (!row.key || !row.kind || !row.form) { problems.push(`${where}: incomplete row`); continue; }
    if (!NAME_KINDS.has(row.kind)) { problems.push(`${where}: unknown kind '${row.kind}'`); continue; }
    const needsLang = ['pref', 'alt', 'short', 'demonym'].includes(row.kind);
    if (needsLang && !LANGS.includes(row.lang)) { problems.push(`${where}: unknown lang '${row.lang}'`); continue; }
    rows.push({ ...row, file: path });
  }
  return rows;
}
