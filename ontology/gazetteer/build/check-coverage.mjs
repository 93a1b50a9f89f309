// Checks the generated gazetteer against the dev gold annotations:
//  - every gold entity (label_en) is in the gazetteer, with a wd: link when entities.tsv has a
//    verified QID for it;
//  - some name of the entity, in the article's language, occurs in the article's text
//    (otherwise the spelling the article uses is probably missing from names/*.tsv).
//   node check-coverage.mjs [--gold PATH] [--corpus DIR] [--verbose]
// Exits with 1 when a gold entity with a verified QID is missing or lacks its wd: link.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv } from './lib/tables.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../../../shared');
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const goldPath = arg('--gold', join(shared, 'eval/dev/gold.json'));
const corpusDir = arg('--corpus', join(shared, 'corpus/dev'));
const verbose = process.argv.includes('--verbose');

/** Label → { wd, names: { lang: [forms] } } read back from the generated Turtle. */
function readGazetteer() {
  const entities = new Map();
  for (const file of ['states', 'cities', 'persons', 'organizations', 'events']) {
    const text = readFileSync(resolve(here, `../${file}.ttl`), 'utf8');
    for (const block of text.split(/\n(?=id:)/).filter((b) => b.startsWith('id:'))) {
      const label = block.match(/rdfs:label "((?:[^"\\]|\\.)*)"@en/)?.[1].replace(/\\(.)/g, '$1');
      if (!label) continue;
      const names = {};
      // Only name predicates: prefLabel, altLabel, shortName and demonym lines and their continuations.
      const nameSection = block.replace(/ng:holds[\s\S]*?\] (;|\.)/g, '').replace(/rdfs:label[^\n]*\n/, '');
      for (const m of nameSection.matchAll(/"((?:[^"\\]|\\.)*)"@(\w+)/g)) {
        (names[m[2]] ??= []).push(m[1].replace(/\\(.)/g, '$1'));
      }
      entities.set(label, { wd: /\bwd:Q\d+/.test(block), names });
    }
  }
  return entities;
}

// Matching is on folded text: no diacritics, Arabic hamza/alef and ta marbuta forms unified,
// Hebrew geresh/gershayim as ASCII quotes, Russian ё as е.
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}+/gu, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي')
    .replace(/״/g, '"').replace(/׳/g, "'").replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е'))
    .toLowerCase()
    // Clitics and articles the matcher strips: Arabic و/ف/ب/ل/ك + ال or لل, Hebrew ה/ו/ב/ל/מ/ש.
    .replace(/(^|[^\p{L}])[وفبلك]?(?:ال|لل)(?=\p{L}{2})/gu, '$1')
    .replace(/(^|[^\p{L}])[והבלמש]{1,2}(?=[\p{Script=Hebrew}]{3})/gu, '$1');
}

/** Russian names are declined ("Украина", "Украины"): also look for the stem. */
function variantsForSearch(form, lang) {
  const folded = fold(form);
  return lang === 'ru' && folded.length > 4 ? [folded, folded.replace(/[аяоеийьы]$/u, '')] : [folded];
}

const verified = new Set(readTsv(join(shared, 'reference/entities.tsv')).filter((r) => r.verified === 'yes' && r.qid).map((r) => r.label_en));
const gazetteer = readGazetteer();
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));

let required = 0;
let requiredOk = 0;
const missing = [];
const unseen = [];
for (const article of gold) {
  const textPath = join(corpusDir, `${article.file}.txt`);
  const text = existsSync(textPath) ? fold(readFileSync(textPath, 'utf8')) : '';
  const lines = [];
  for (const label of article.entities) {
    const entry = gazetteer.get(label);
    const needsWd = verified.has(label);
    const ok = entry && (!needsWd || entry.wd);
    if (needsWd) { required += 1; if (ok) requiredOk += 1; else missing.push(`${article.file}: ${label}`); }
    const forms = [...(entry?.names[article.lang] ?? []), ...(entry?.names.en ?? [])];
    const seen = forms.find((f) => variantsForSearch(f, article.lang).some((v) => text.includes(v)));
    if (needsWd && entry && !seen) unseen.push(`${article.file} (${article.lang}): ${label}`);
    lines.push(`  ${ok ? 'ok ' : 'MISSING'} ${needsWd ? 'wd' : '--'} ${seen ? `seen as "${seen}"` : 'no name in text'}  ${label}`);
  }
  if (verbose) console.log(`${article.file} (${article.lang})\n${lines.join('\n')}`);
}

console.log(`gold entity mentions with a verified QID: ${requiredOk}/${required} in the gazetteer with a wd: link`);
console.log(`distinct such entities: ${new Set(gold.flatMap((a) => a.entities.filter((l) => verified.has(l)))).size}`);
if (missing.length) console.log(`missing:\n  ${missing.join('\n  ')}`);
if (unseen.length) console.log(`no gazetteer name found in the article text (add the article's spelling as an alias):\n  ${unseen.join('\n  ')}`);
process.exitCode = missing.length ? 1 : 0;
