// Turtle spelling: slugs, escaped literals and IRIs that every Turtle parser accepts.

export const PREFIXES = [
  ['ng', 'https://w3id.org/newsgraph/ontology#'],
  ['id', 'https://w3id.org/newsgraph/id/entity/'],
  ['skos', 'http://www.w3.org/2004/02/skos/core#'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['owl', 'http://www.w3.org/2002/07/owl#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
  ['wd', 'http://www.wikidata.org/entity/'],
  ['dbr', 'http://dbpedia.org/resource/'],
  ['gn', 'https://sws.geonames.org/'],
];

export function prefixBlock() {
  const width = Math.max(...PREFIXES.map(([p]) => p.length)) + 1;
  return PREFIXES.map(([p, iri]) => `@prefix ${(p + ':').padEnd(width)} <${iri}> .`).join('\n');
}

// Letters that NFD does not decompose into a base letter plus a mark.
const FOLD_EXTRA = { ł: 'l', Ł: 'L', ı: 'i', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', ʻ: '' };

/** Latin text without diacritics ("Erdoğan" → "Erdogan"), for slugs and name matching. */
export function asciiFold(text) {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[łŁıđĐøØßæÆœʻ]/g, (c) => FOLD_EXTRA[c]);
}

/**
 * The README's slug rule (lower case, runs of other characters than a-z0-9 become one '-'),
 * applied after folding diacritics so that "Bogotá" gives "bogota", not "bogot".
 */
export function slugOf(label) {
  return asciiFold(label).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export function literal(text, lang) {
  const escaped = text.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]);
  return lang ? `"${escaped}"@${lang}` : `"${escaped}"`;
}

/** An absolute IRI in angle brackets, percent-encoding what IRIREF forbids. */
export function iriRef(iri) {
  return `<${iri.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => encodeURIComponent(c))}>`;
}

// A DBpedia name can be written as a prefixed name only when it is made of letters, digits,
// '_' and '-' (other punctuation, e.g. "(" or "'", would need PN_LOCAL escapes).
const SAFE_LOCAL = /^[\p{L}\p{N}_][\p{L}\p{N}_-]*$/u;

export function dbpediaTerm(name) {
  const local = name.replace(/ /g, '_');
  return SAFE_LOCAL.test(local) ? `dbr:${local}` : iriRef(`http://dbpedia.org/resource/${local}`);
}

export function geonamesTerm(id) {
  return `<https://sws.geonames.org/${id}/>`;
}
