// Count the triples/quads of an RDF file with N3.js, streaming (no store is built).
// Usage: node n3-count.mjs FILE [FORMAT]      (FORMAT defaults to N-Triples)
// The n3 package is looked up in $N3_NODE_DIR/node_modules (set by parse-peers.sh),
// falling back to the normal Node resolution.
// Prints: the count on stdout; on --version, the n3 package version.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.env.N3_NODE_DIR || process.cwd(), 'noop.js'));
const N3 = require('n3');

const [file, format = 'N-Triples'] = process.argv.slice(2);
if (file === '--version') {
  console.log(require('n3/package.json').version);
  process.exit(0);
}
if (!file) {
  console.error('usage: node n3-count.mjs FILE [FORMAT]');
  process.exit(2);
}

// N3.Parser with a stream input and a quad callback: parses chunk by chunk as they are
// read, without the object-mode overhead of N3.StreamParser.
const count = await new Promise((resolve, reject) => {
  let n = 0;
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  input.on('error', reject);
  new N3.Parser({ format }).parse(input, (error, quad) => {
    if (error) reject(error);
    else if (quad) n++;
    else resolve(n);
  });
});
console.log(count);
