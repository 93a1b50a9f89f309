// Checks that every ng: term a file uses is declared in the ontology (typed there), so that
// shapes, samples and ontology cannot drift apart by a typo or a forgotten declaration.
//
//   node vocabulary.mjs ONTOLOGY.ttl FILE.ttl...
//
// Exit code: 0 when all are declared, 1 when some are not, 2 when a file cannot be parsed.
import { readFile } from 'node:fs/promises';
import { Parser } from 'n3';

const NG = 'https://w3id.org/newsgraph/ontology#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

async function parse(path) {
  return new Parser({ format: 'Turtle', baseIRI: `file://${path}` }).parse(await readFile(path, 'utf8'));
}

async function main([ontologyPath, ...paths]) {
  if (!ontologyPath || paths.length === 0) {
    console.error('usage: node vocabulary.mjs ONTOLOGY.ttl FILE.ttl...');
    return 2;
  }
  let ontology;
  let files;
  try {
    [ontology, ...files] = await Promise.all([ontologyPath, ...paths].map(parse));
  } catch (error) {
    console.error(`error: ${error.message}`);
    return 2;
  }
  const declared = new Set(ontology.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.subject.value));
  let missing = 0;
  files.forEach((quads, i) => {
    const used = new Set(quads.flatMap((q) => [q.subject, q.predicate, q.object])
      .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NG))
      .map((t) => t.value));
    for (const iri of [...used].filter((u) => !declared.has(u)).sort()) {
      console.log(`${paths[i]}: ng:${iri.slice(NG.length)} is not declared in ${ontologyPath}`);
      missing++;
    }
  });
  return missing === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
