// Validates an RDF file against SHACL shapes and prints every violation.
// Usage: node validate.js shapes.ttl data.{ttl|rdf|jsonld}
// Exit code: 0 when the data conforms, 1 when it has violations, 2 when a file cannot be read or parsed.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { StreamParser, Store } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { JsonLdParser } from 'jsonld-streaming-parser';
import SHACLValidator from 'rdf-validate-shacl';

const SH = 'http://www.w3.org/ns/shacl#';

const parsers = {
  '.ttl': () => new StreamParser({ format: 'text/turtle' }),
  '.rdf': () => new RdfXmlParser(),
  '.jsonld': () => new JsonLdParser(),
};

function read(file) {
  const parser = parsers[extname(file)];
  if (!parser) {
    throw new Error(`${file}: no parser for ${extname(file) || 'a file without extension'} (use .ttl, .rdf or .jsonld)`);
  }
  const store = new Store();
  return new Promise((resolve, reject) => {
    createReadStream(file)
      .on('error', reject)
      .pipe(parser())
      .on('data', quad => store.addQuad(quad))
      .on('error', error => reject(new Error(`${file}: ${error.message}`)))
      .on('end', () => resolve(store));
  });
}

// rdf-validate-shacl gives no message for sh:class, so the class the shape requires is named instead.
function describe(result, shapes) {
  const path = result.path ? ` ${result.path.value}` : '';
  const value = result.value ? ` = ${result.value.termType === 'Literal' ? JSON.stringify(result.value.value) : result.value.value}` : '';
  const requiredClass = shapes.getObjects(result.sourceShape, SH + 'class', null).map(c => `not a ${c.value}`);
  const message = [...result.message.map(m => m.value).filter(m => m), ...requiredClass].join('; ');
  return `${result.focusNode.value}${path}${value}: ${message} (${result.sourceConstraintComponent.value.replace('http://www.w3.org/ns/shacl#', 'sh:')})`;
}

const [shapesFile, dataFile] = process.argv.slice(2);
if (!shapesFile || !dataFile) {
  console.error('Usage: node validate.js shapes.ttl data.{ttl|rdf|jsonld}');
  process.exit(2);
}
try {
  const [shapes, data] = await Promise.all([read(shapesFile), read(dataFile)]);
  const report = await new SHACLValidator(shapes).validate(data);
  report.results.forEach(result => console.log(describe(result, shapes)));
  console.log(`${data.size} triples, ${report.results.length} violations`);
  process.exit(report.conforms ? 0 : 1);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
