// Validates an RDF file against SHACL shapes and prints a short report.
//
//   node validate.mjs SHAPES.ttl DATA.(nt|nq|ttl|trig) [MORE-DATA...]
//
// Several data files are validated as one graph (run.sh adds each invalid sample to valid.ttl).
// Exit code: 0 when the data conforms, 1 when it does not, 2 when a file cannot be read or parsed.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DataFactory, Parser } from 'n3';
import rdf from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';

const { namedNode } = DataFactory;
const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const RDFS_SUBCLASS = namedNode('http://www.w3.org/2000/01/rdf-schema#subClassOf');

// Shown shortened in the report, so that a violation fits on one line.
const PREFIXES = [
  ['ng:', 'https://w3id.org/newsgraph/ontology#'],
  ['id:', 'https://w3id.org/newsgraph/id/'],
  ['dcterms:', 'http://purl.org/dc/terms/'],
  ['schema:', 'https://schema.org/'],
  ['skos:', 'http://www.w3.org/2004/02/skos/core#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['owl:', 'http://www.w3.org/2002/07/owl#'],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
  ['sh:', SH],
  ['wd:', 'http://www.wikidata.org/entity/'],
];

const FORMATS = { '.nt': 'N-Triples', '.nq': 'N-Quads', '.ttl': 'Turtle', '.trig': 'TriG' };

async function parse(path) {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw new Error(`${path}: unknown RDF syntax (expected ${Object.keys(FORMATS).join(', ')})`);
  const text = await readFile(path, 'utf8');
  try {
    // Each Parser gives its blank nodes a prefix of its own, so files merge without clashes.
    return new Parser({ format, baseIRI: `file://${path}` }).parse(text);
  } catch (error) {
    throw new Error(`${path}: ${error.message}`);
  }
}

function show(term) {
  if (!term) return '-';
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType === 'Literal') {
    const suffix = term.language ? `@${term.language}` : `^^${show(term.datatype)}`;
    return `${JSON.stringify(term.value)}${suffix}`;
  }
  const prefix = PREFIXES.find(([, ns]) => term.value.startsWith(ns));
  return prefix ? prefix[0] + term.value.slice(prefix[1].length) : `<${term.value}>`;
}

// The classes whose instances are targets, closed under rdfs:subClassOf as found in the data
// graph (SHACL's own rule for sh:targetClass).
function subclassesOf(data, cls) {
  const found = new Map([[cls.value, cls]]);
  const queue = [cls];
  while (queue.length > 0) {
    const current = queue.pop();
    for (const quad of data.match(null, RDFS_SUBCLASS, current)) {
      if (!found.has(quad.subject.value)) {
        found.set(quad.subject.value, quad.subject);
        queue.push(quad.subject);
      }
    }
  }
  return [...found.values()];
}

// Every node some shape targets: the validator reports violations but not how much it checked.
function focusNodes(shapes, data) {
  const nodes = new Map();
  const add = (term) => nodes.set(`${term.termType}:${term.value}`, term);
  const objects = (predicate) => [...shapes.match(null, namedNode(SH + predicate), null)].map((q) => q.object);
  for (const cls of objects('targetClass')) {
    for (const sub of subclassesOf(data, cls)) {
      for (const quad of data.match(null, RDF_TYPE, sub)) add(quad.subject);
    }
  }
  for (const node of objects('targetNode')) add(node);
  for (const predicate of objects('targetSubjectsOf')) {
    for (const quad of data.match(null, predicate, null)) add(quad.subject);
  }
  for (const predicate of objects('targetObjectsOf')) {
    for (const quad of data.match(null, predicate, null)) add(quad.object);
  }
  return nodes.size;
}

async function main(argv) {
  if (argv.length < 2) {
    console.error('usage: node validate.mjs SHAPES.ttl DATA.(nt|nq|ttl|trig) [MORE-DATA...]');
    return 2;
  }
  const [shapesPath, ...dataPaths] = argv;
  let shapes;
  let data;
  try {
    const [shapeQuads, ...dataQuads] = await Promise.all(argv.map(parse));
    shapes = rdf.dataset(shapeQuads);
    data = rdf.dataset(dataQuads.flat());
  } catch (error) {
    console.error(`error: ${error.message}`);
    return 2;
  }

  const report = await new SHACLValidator(shapes).validate(data);
  const results = report.results;
  console.log(`${dataPaths.join(' + ')}: ${data.size} triples, ${focusNodes(shapes, data)} focus nodes, ` +
    (report.conforms ? 'conforms' : `does NOT conform: ${results.length} violation(s)`));
  for (const result of results) {
    const message = result.message.map((m) => m.value).join(' / ') || show(result.sourceConstraintComponent);
    const value = result.value ? ` value ${show(result.value)}` : '';
    const component = show(result.sourceConstraintComponent).replace(/^sh:|ConstraintComponent$/g, '');
    console.log(`  ${show(result.focusNode)} ${show(result.path)}${value}: ${message} [${component}]`);
  }
  return report.conforms ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
