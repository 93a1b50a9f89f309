// Turns the English role texts of entities.tsv ("President of the United States (2009–2017)")
// into ng:Tenure descriptions: role, the state or organisation it is held in, and years.
import { readTsv } from './tables.mjs';

export function loadRolePatterns(path) {
  return readTsv(path).map((row) => ({
    regex: new RegExp(row.pattern, 'i'),
    role: row.role,
    scope: row.scope,
  }));
}

/**
 * Finds state and organisation names in English text. Built from the English names and
 * demonyms of every state and organisation, so "Saudi ambassador" finds Saudi Arabia.
 */
export class PlaceFinder {
  constructor() { this.names = []; }

  add(name, slug, kind) {
    if (name.length < 2) return;
    // Acronyms ("US", "UN", "EU") only match in capitals, so "us" in a sentence is not a state.
    const caseSensitive = name === name.toUpperCase();
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.names.push({ regex: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu'), slug, kind });
  }

  /** Matches in text order, without those inside a longer match ("China" in "Republic of China"). */
  find(text) {
    const hits = [];
    for (const { regex, slug, kind } of this.names) {
      for (const m of text.matchAll(regex)) hits.push({ start: m.index, end: m.index + m[0].length, slug, kind });
    }
    const outer = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
    return outer.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

// "(2009–2017)", "(2004–)", "(2017–2021, 2025–)", "(2011)": each range is one tenure.
const YEARS = /\(\s*\d{4}\s*(?:[–-]\s*(?:\d{4})?)?\s*(?:,\s*\d{4}\s*(?:[–-]\s*(?:\d{4})?)?\s*)*\)/;
// Life dates of journalists and other non-office holders are not tenure years.
const ROLES_WITHOUT_YEARS = new Set(['Other', 'Journalist']);

function yearRanges(part) {
  const m = part.match(YEARS);
  if (!m) return [{}];
  const all = m[0].slice(1, -1).split(',').map((s) => s.trim());
  return all.map((range) => {
    const [, start, dash, end] = range.match(/^(\d{4})\s*([–-])?\s*(\d{4})?$/) ?? [];
    if (!start) return {};
    return { startYear: Number(start), endYear: end ? Number(end) : dash ? undefined : Number(start) };
  });
}

/**
 * Tenures for one role text. Parts separated by ';' are separate offices; a part that names
 * no state ("…; President") inherits the state of the whole text.
 */
export function parseRoles(text, patterns, finder) {
  const tenures = [];
  const wholeHits = finder.find(text);
  for (const rawPart of text.split(';')) {
    const part = rawPart.trim();
    if (!part) continue;
    const rule = patterns.find((p) => p.regex.test(part));
    const role = rule?.role ?? 'Other';
    const scope = rule?.scope ?? 'either';
    const hits = finder.find(part);
    const state = (hits.find((h) => h.kind === 'state') ?? wholeHits.find((h) => h.kind === 'state'))?.slug;
    const org = (hits.find((h) => h.kind === 'organization') ?? wholeHits.find((h) => h.kind === 'organization'))?.slug;
    const label = part.replace(YEARS, '').replace(/\s+/g, ' ').trim();
    const base = { role, roleLabel: label };
    if (scope === 'organization' || (scope === 'either' && !state && org)) {
      if (org) base.ofOrganization = org;
      else if (state) base.ofState = state;
    } else if (state) {
      base.ofState = state;
    } else if (org) {
      // "President of the European Commission" is a state role pattern held in an organisation.
      base.ofOrganization = org;
      if (role === 'HeadOfState' || role === 'HeadOfGovernment') base.role = 'OrganizationHead';
    }
    const ranges = ROLES_WITHOUT_YEARS.has(role) ? [{}] : yearRanges(part);
    for (const years of ranges) tenures.push({ ...base, ...years });
  }
  return tenures;
}
