// README's Apollo Client cache policies (the js block after "**Apollo Client**" in README.md), as README has them:
//
//   node check-apollo.mjs BASE_URL [WORK_DIR]      (ApolloCacheTest runs it, after `npm ci` here)
//
// 1. Complete against the committed schema.graphql: every connection field of a record or of Query pages with
//    relayStylePagination() keyed by its arguments other than first/after/last/before, every object without an id
//    that a record holds (not in a list) is merged, and no policy names a type or field the schema lacks.
// 2. Quiet and right against the server at BASE_URL: an ApolloClient with README's cache runs the queries of
//    src/test/resources/graphql/apollo/cache-merges.graphql (Apollo adds __typename, as in an app) with no warning or
//    error from Apollo, and reads back from the cache alone the dates whole and the pages joined, as the answers were.
// 3. Needed: the same queries into a cache without the policies warn "Cache data may be lost", once for each kind.
// Prints one JSON line; exits 0 only if all held.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { buildSchema, getNamedType, isListType, isNonNullType, isObjectType, parse } from 'graphql';

// Apollo's development checks (its warnings), as an app's development build runs them. Set before Apollo loads.
globalThis.__DEV__ = true;

const [baseArg, workArg] = process.argv.slice(2);
if (!baseArg) {
  console.error('usage: node check-apollo.mjs BASE_URL [WORK_DIR]');
  process.exit(2);
}
const graphqlUrl = new URL('/graphql', baseArg).href;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const work = resolve(workArg ?? join(root, 'target', 'apollo-check'));
const problems = [];

// README's block as a module. It imports npm packages by name: they resolve here, wherever the module is written.
async function readmePolicies() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /^\*\*Apollo Client\*\*[\s\S]*?^```js\n([\s\S]*?)^```/m.exec(readme);
  if (!block) throw new Error('README.md has no js block after "**Apollo Client**"');
  const code = block[1].replace(/(from\s+)'([^'./][^']*)'/g, (_, from, name) => `${from}'${import.meta.resolve(name)}'`);
  mkdirSync(work, { recursive: true });
  const file = join(work, 'readme-cache.mjs');
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}

const PAGING = ['first', 'after', 'last', 'before'];
const inList = (type) => isListType(isNonNullType(type) ? type.ofType : type);
const isConnection = (type) => isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();

function coverage(schema, typePolicies) {
  const holders = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__')
    && ('id' in t.getFields() || t === schema.getQueryType()));
  const connections = [];
  const merged = new Set();
  for (const type of holders) {
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      const policy = typePolicies[type.name]?.fields?.[field.name];
      const where = `${type.name}.${field.name}`;
      if (isConnection(target)) {
        connections.push(where);
        const want = field.args.map((a) => a.name).filter((a) => !PAGING.includes(a)).sort();
        const has = Array.isArray(policy?.keyArgs) ? [...policy.keyArgs].sort() : policy?.keyArgs;
        if (typeof policy?.merge !== 'function' || typeof policy?.read !== 'function') {
          problems.push(`${where}: a connection without relayStylePagination()`);
        } else if (JSON.stringify(has) !== JSON.stringify(want.length ? want : false)) {
          problems.push(`${where}: keyed by ${JSON.stringify(has)}, its arguments are ${JSON.stringify(want)}`);
        }
      } else if (isObjectType(target) && !('id' in target.getFields()) && !inList(field.type)) {
        merged.add(target.name);
        if (typePolicies[target.name]?.merge !== true && typeof policy?.merge !== 'function') {
          problems.push(`${target.name} (${where}) has no id and is not merged`);
        }
      }
    }
  }
  for (const [typeName, policy] of Object.entries(typePolicies)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) problems.push(`typePolicies.${typeName}: the schema has no such type`);
    else Object.keys(policy.fields ?? {}).filter((f) => !(f in type.getFields()))
      .forEach((f) => problems.push(`typePolicies.${typeName}.fields.${f}: ${typeName} has no such field`));
  }
  return { connections: connections.length, merged: [...merged].sort() };
}

const operations = Object.fromEntries(
  parse(readFileSync(join(root, 'src/test/resources/graphql/apollo/cache-merges.graphql'), 'utf8')).definitions
    .map((d) => [d.name.value.replace(/^CacheMerges/, ''), { kind: 'Document', definitions: [d] }]));

// What Apollo says (warnings, errors) is collected, not printed.
const said = [];
for (const level of ['debug', 'log', 'info', 'warn', 'error']) {
  console[level] = (...args) => said.push(`${level}: ${format(...args)}`);
}

// The app's queries, in the order its screens would run them, each from the network into the cache. Returns what the
// server answered to each (Apollo's own result of a later page already holds the earlier ones).
async function runQueries(apollo, cache) {
  let answered;
  const fetchAndKeep = async (...request) => {
    const response = await fetch(...request);
    answered = await response.clone().json();
    return response;
  };
  const client = new apollo.ApolloClient({ link: new apollo.HttpLink({ uri: graphqlUrl, fetch: fetchAndKeep }), cache });
  const run = async (name, variables) => {
    await client.query({ query: operations[name], variables, fetchPolicy: 'network-only' });
    return answered.data;
  };
  const a = {};
  a.foundedWording = await run('FoundedWording');
  a.foundedYears = await run('FoundedYears');
  a.members1 = await run('MembersPage');
  a.members2 = await run('MembersPage', { after: a.members1.faction.members.pageInfo.endCursor });
  a.membersCount = await run('MembersCount');
  a.people1 = await run('PeoplePage');
  a.people2 = await run('PeoplePage', { after: a.people1.people.pageInfo.endCursor });
  a.peopleDesc = await run('PeoplePage', { orderBy: 'NAME_DESC' });
  a.peopleCount = await run('PeopleCount');
  a.timelineWording = await run('TimelineWording');
  a.timelineDays = await run('TimelineDays');
  return a;
}

const ids = (connection) => connection.edges.map((e) => e.node.id);
// JSON with sorted keys: answers and cache reads list an object's fields in different orders.
const canonical = (v) => JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.fromEntries(Object.keys(x).sort().map((key) => [key, x[key]])) : x));
const same = (what, got, want) => {
  if (canonical(got) !== canonical(want)) problems.push(`${what}: the cache reads ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
};

// From the cache alone: each date whole (the fields of both reads), each list's pages joined in order.
function readBack(cache, a) {
  const read = (name, variables) => cache.readQuery({ query: operations[name], variables, returnPartialData: false });
  const faction = read('FactionMerged')?.faction;
  const people = read('PeopleMerged')?.people;
  const desc = read('PeoplePage', { orderBy: 'NAME_DESC' })?.people;
  const timeline = read('TimelineMerged')?.events;
  if (!faction || !people || !desc || !timeline) {
    problems.push(`incomplete in the cache: ${JSON.stringify({ faction, people, desc, timeline }).slice(0, 400)}`);
    return;
  }
  const { wording } = a.foundedWording.faction.founded;
  const { earliestYear, latestYear } = a.foundedYears.faction.founded;
  same('Faction.founded', faction.founded, { __typename: 'ApproximateDate', wording, earliestYear, latestYear });
  same('Faction.members', ids(faction.members), [...ids(a.members1.faction.members), ...ids(a.members2.faction.members)]);
  same('Faction.members totalCount', faction.members.totalCount, a.membersCount.faction.members.totalCount);
  same('Query.people', ids(people), [...ids(a.people1.people), ...ids(a.people2.people)]);
  same('Query.people totalCount', people.totalCount, a.peopleCount.people.totalCount);
  same('Query.people(orderBy: NAME_DESC)', ids(desc), ids(a.peopleDesc.people));
  same('Event.date', timeline.edges.map((e) => e.node.date), a.timelineWording.events.edges.map((e, i) =>
    ({ ...e.node.date, ...a.timelineDays.events.edges[i].node.date })));
}

const result = {};
try {
  const apollo = await import('@apollo/client');
  const dev = await import('@apollo/client/dev');
  dev.loadDevMessages();
  dev.loadErrorMessages();
  const schema = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));
  const { typePolicies } = await readmePolicies();
  Object.assign(result, coverage(schema, typePolicies));

  // README's cache first: Apollo warns once per type and field in a process, so the control run comes after.
  const cache = new apollo.InMemoryCache({ typePolicies });
  const answers = await runQueries(apollo, cache);
  readBack(cache, answers);
  result.said = said.splice(0);
  problems.push(...result.said.map((s) => `with README's policies Apollo said ${s.slice(0, 300)}`));

  await runQueries(apollo, new apollo.InMemoryCache());
  const lost = said.map((s) => /Cache data may be lost when replacing the (\w+) field of a (\w+) object/.exec(s))
    .filter(Boolean).map((m) => `${m[2]}.${m[1]}`);
  result.withoutPolicies = lost;
  for (const kind of ['Faction.founded', 'Event.date', 'Faction.members', 'Query.people']) {
    if (!lost.includes(kind)) problems.push(`without the policies, Apollo did not warn about ${kind}: ${said.join(' | ').slice(0, 300)}`);
  }
} catch (e) {
  problems.push(`${e.name}: ${e.message}`);
}
result.ok = problems.length === 0;
result.problems = problems;
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(result.ok ? 0 : 1);
