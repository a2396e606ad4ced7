// The client toolchains against this API: relay-compiler and GraphQL Code Generator compile the committed schema
// (schema.graphql) and every operation the tests run (src/test/resources/graphql/**/*.graphql), unchanged.
// Run: node check-clients.mjs [WORK_DIR]   (ClientsTest does, after `npm ci` here). Prints one JSON line.
//
// Relay reads operations from graphql`...` tags in JavaScript modules, not from .graphql files, and requires each
// operation's and fragment's name to start with its module's name. So each definition of each file goes, as its
// text, into a module named after it (src/<Name>.js); nothing else of the text is adapted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { generate } from '@graphql-codegen/cli';

const here = dirname(fileURLToPath(import.meta.url));
process.chdir(here); // codegen finds its plugins from the working directory
const root = resolve(here, '..', '..', '..');
const schema = join(root, 'schema.graphql');
const operationsDir = join(root, 'src', 'test', 'resources', 'graphql');
const work = resolve(process.argv[2] ?? join(root, 'target', 'client-checks'));

function graphqlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? graphqlFiles(path) : entry.name.endsWith('.graphql') ? [path] : [];
  }).sort();
}

const files = graphqlFiles(operationsDir);
const definitions = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return parse(text).definitions.map((d) => ({
    file: relative(root, file), kind: d.kind, name: d.name?.value, text: text.slice(d.loc.start, d.loc.end),
  }));
});

// Definitions of the same name must be the same text (the lore files each carry the same `fragment When`): one module
// each. Relay compiles no introspection (`__schema`, `__type`): such operations are tools' queries, left to codegen.
const conflicts = [];
const modules = new Map();
for (const d of definitions) {
  const seen = modules.get(d.name);
  if (seen && seen.text !== d.text) {
    conflicts.push(`${d.name}: ${seen.file} and ${d.file} differ`);
  }
  modules.set(d.name, seen ?? d);
}
const introspection = (d) => d.kind === 'OperationDefinition' && /^\s*(query\s*\w*\s*)?\{\s*__(schema|type)\b/.test(d.text);
const notForRelay = [...modules.values()].filter(introspection).map((d) => d.file);

function relay() {
  if (conflicts.length > 0) {
    return { ok: false, output: `Definitions of the same name differ: ${conflicts.join('; ')}` };
  }
  const dir = join(work, 'relay');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  copyFileSync(schema, join(dir, 'schema.graphql'));
  for (const d of [...modules.values()].filter((m) => !introspection(m))) {
    writeFileSync(join(dir, 'src', `${d.name}.js`), `// From ${d.file}\nexport default graphql\`\n${d.text}\n\`;\n`);
  }
  writeFileSync(join(dir, 'persisted-queries.json'), '{}'); // relay-compiler wants it before it fills it
  writeFileSync(join(dir, 'relay.config.json'), JSON.stringify({
    src: './src',
    schema: './schema.graphql',
    language: 'javascript',
    // The documents as Relay sends them, by SHA-256: a manifest MAQUIS_ALLOW_LIST reads.
    persistConfig: { file: './persisted-queries.json', algorithm: 'SHA256' },
  }, null, 2));
  const compiler = join(here, 'node_modules', '.bin', 'relay-compiler');
  try {
    const out = execFileSync(compiler, ['--noWatchman', '--output', 'quiet-with-errors', 'relay.config.json'],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const artifacts = readdirSync(join(dir, 'src', '__generated__')).filter((f) => f.endsWith('.graphql.js'));
    return { ok: true, artifacts: artifacts.length, persisted: Object.keys(JSON.parse(
      readFileSync(join(dir, 'persisted-queries.json'), 'utf8'))).length, output: out.trim() };
  } catch (e) {
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.stdout || e.stderr ? '' : e.message}`.trim() };
  }
}

async function codegen() {
  const out = join(work, 'codegen', 'operations.ts');
  rmSync(dirname(out), { recursive: true, force: true });
  try {
    await generate({
      schema,
      documents: files,
      silent: true,
      generates: { [out]: { plugins: ['typescript', 'typescript-operations'] } },
    }, true);
    return { ok: true, bytes: readFileSync(out, 'utf8').length };
  } catch (e) {
    const details = (e.errors ?? []).map((x) => x.details ?? x.message ?? String(x));
    return { ok: false, output: [e.message, ...details].join('\n') };
  }
}

const result = {
  files: files.length,
  operations: definitions.filter((d) => d.kind === 'OperationDefinition').length,
  fragments: definitions.filter((d) => d.kind === 'FragmentDefinition').length,
  distinctFragments: new Set(definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => d.name)).size,
  notForRelay,
  relay: relay(),
  codegen: await codegen(),
};
console.log(JSON.stringify(result));
