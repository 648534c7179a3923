// Parses each AsyncAPI document named on the command line with the real AsyncAPI parser (and its Spectral rules) and
// prints every diagnostic as "file:line: severity: code: message (at path)". Exits 1 when any is an error or a
// warning, or when a document cannot be parsed at all; information and hints are printed but allowed.
import { Parser, fromFile } from '@asyncapi/parser';

const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const parser = new Parser();
let failures = 0;
for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await fromFile(parser, file).parse();
  for (const diagnostic of diagnostics) {
    const line = diagnostic.range ? diagnostic.range.start.line + 1 : 1;
    console.log(`${file}:${line}: ${SEVERITIES[diagnostic.severity]}: ${diagnostic.code}: ${diagnostic.message} (at ${diagnostic.path.join('.')})`);
    if (diagnostic.severity <= 1) {
      failures++;
    }
  }
  if (!document) {
    console.log(`${file}:1: error: the parser gave no document`);
    failures++;
  }
}
console.log(`${process.argv.length - 2} documents, ${failures} errors and warnings`);
process.exit(failures === 0 ? 0 : 1);
