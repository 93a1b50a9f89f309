// One gazetteer entity while it is being assembled from the several sources.
import { LANGS } from './tables.mjs';
import { slugOf } from './turtle.mjs';

/**
 * Spelling variants every newspaper may use for the same word: Hebrew gershayim/geresh or
 * ASCII quotes (ארה״ב / ארה"ב), Russian ё or е (Соединённые / Соединенные).
 */
function spellingVariants(lang, form) {
  if (lang === 'he') {
    const ascii = form.replace(/״/g, '"').replace(/׳/g, "'");
    const hebrew = form.replace(/(?<=\p{Script=Hebrew})"(?=\p{Script=Hebrew})/gu, '״').replace(/(?<=\p{Script=Hebrew})'/gu, '׳');
    return [form, ascii, hebrew];
  }
  if (lang === 'ru') return [form, form.replace(/ё/g, 'е').replace(/Ё/g, 'Е')];
  return [form];
}

export class Entity {
  constructor(label, type, newsAgency = false, slugSource = label) {
    this.label = label;
    this.slug = slugOf(slugSource);
    this.type = type;
    this.newsAgency = newsAgency;
    this.qid = undefined;
    this.dbpedia = undefined;
    this.iso = undefined;
    this.isoCode = undefined;
    this.capitalQid = undefined;
    this.capital = undefined;
    this.countryQids = [];
    this.countrySlugs = new Set();
    this.geonamesId = undefined;
    this.roleText = undefined;
    this.tenures = [];
    // Per language: the table's pref, CLDR's name, and the other forms in input order.
    this.names = Object.fromEntries(LANGS.map((l) => [l, {
      tablePref: undefined, cldr: undefined, alt: new Set(), short: new Set(), demonym: new Set(),
    }]));
    this.names.en.tablePref = label;
  }

  /** kind: pref | alt | short | demonym | cldr (a source name, preferred unless a table says otherwise). */
  addName(lang, kind, form) {
    const slot = this.names[lang];
    const clean = form.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    if (kind === 'pref' && lang !== 'en' && !slot.tablePref) { slot.tablePref = clean; return; }
    if (kind === 'cldr' && !slot.cldr) { slot.cldr = clean; return; }
    const target = kind === 'short' ? slot.short : kind === 'demonym' ? slot.demonym : slot.alt;
    target.add(clean);
  }

  /** The names as written out: one prefLabel per language, the rest deduplicated. */
  finalNames(lang) {
    const slot = this.names[lang];
    const expand = (forms) => [...new Set([...forms].flatMap((f) => spellingVariants(lang, f)))];
    const full = expand([slot.tablePref, slot.cldr, ...slot.alt].filter(Boolean));
    const pref = full[0];
    return {
      pref,
      alt: full.slice(1),
      short: expand(slot.short).filter((f) => !full.includes(f)),
      demonym: expand(slot.demonym),
    };
  }

  /** English names and demonyms, for recognising this entity inside role texts. */
  englishNames() {
    const en = this.finalNames('en');
    return [en.pref, ...en.alt, ...en.short, ...en.demonym].filter(Boolean);
  }

  /** English spellings to look the entity up by in other sources. */
  englishCandidates() {
    const forms = [this.label, this.label.replace(/\s*\(.*\)\s*$/, ''), this.label.split(',')[0]];
    if (this.dbpedia) forms.push(this.dbpedia.replace(/_/g, ' '));
    forms.push(...this.names.en.alt);
    return [...new Set(forms.map((f) => f.trim()).filter(Boolean))];
  }

  /** A table role row refines a tenure parsed from the role text when role and holder agree. */
  addTenure(tenure) {
    const same = this.tenures.find((t) => t.role === tenure.role && t.ofState === tenure.ofState
      && t.ofOrganization === tenure.ofOrganization && t.startYear === undefined);
    if (same) Object.assign(same, tenure);
    else this.tenures.push(tenure);
  }
}
