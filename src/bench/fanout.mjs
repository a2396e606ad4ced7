// The fan-out, measured from the clients' side (src/bench/fanout.sh runs it once per number of subscribers):
// opens N graphql-transport-ws sockets, alternately to instance A and B, each subscribed to archiveChanged of
// species; then creates species through A, one at a time, and times each from the mutation's answer to its arrival
// at every subscriber. Prints one JSON line of figures. Node 22's own WebSocket and fetch, no package.
//   node fanout.mjs N CHANGES   with env FANOUT_A, FANOUT_B (base URLs), FANOUT_PIDS ("pidA pidB"), FANOUT_TOKEN,
//                               FANOUT_PSQL (a psql command line for the database, run with sh -c)
import { execSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const [n, changes] = process.argv.slice(2).map(Number);
const bases = [process.env.FANOUT_A, process.env.FANOUT_B];
const pids = process.env.FANOUT_PIDS.split(' ');
const WARMUP = 5, OPENING = 250, WAIT_MS = 60_000;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const fail = (why) => { console.error(`[fanout] ${why}`); process.exit(1); };

async function metric(base, name, label = '') { // the sum of a metric's samples (with this label) at /q/metrics
  const text = await (await fetch(`${base}/q/metrics`)).text();
  return text.split('\n').filter((l) => (l.startsWith(name + ' ') || l.startsWith(name + '{')) && l.includes(label))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}
async function heap(i) { // the heap in use after two full collections, in bytes
  execSync(`jcmd ${pids[i]} GC.run >/dev/null; jcmd ${pids[i]} GC.run >/dev/null`);
  return metric(bases[i], 'jvm_memory_used_bytes', 'area="heap"');
}
const psql = (sql) => execSync(`${process.env.FANOUT_PSQL} -Atqc "${sql}"`).toString().trim();
async function until(what, test) {
  const end = Date.now() + WAIT_MS;
  while (!(await test())) { if (Date.now() > end) fail(`timed out: ${what}`); await sleep(50); }
}

// --- Subscribers -------------------------------------------------------------------------------------------
const arrivals = new Map(); // species id -> array of arrival times (ms), one per subscriber
const sockets = [];
function subscriber(i) {
  return new Promise((subscribed, refused) => {
    const socket = new WebSocket(bases[i % 2].replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    sockets.push(socket);
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
    socket.onerror = () => refused(new Error(`socket ${i} failed`));
    socket.onclose = ({ code }) => { if (!socket.done) fail(`socket ${i} closed with ${code}`); };
    socket.onmessage = ({ data }) => {
      const message = JSON.parse(data);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: 's', type: 'subscribe', payload: {
          query: 'subscription { archiveChanged(types: [SPECIES]) { kind cursor history { node } node { id ... on Species { name } } } }' } }));
        subscribed();
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next') {
        const at = performance.now();
        const id = message.payload.data.archiveChanged.history.node;
        (arrivals.get(id) ?? arrivals.set(id, []).get(id)).push(at);
      } else if (message.type === 'error') {
        fail(`socket ${i}: ${JSON.stringify(message.payload)}`);
      }
    };
  });
}

let speciesMade = 0;
async function change() { // creates a species through A; answers its id and when the answer came
  const name = `Fan-out ${process.pid}-${n}-${++speciesMade}`;
  const response = await fetch(`${bases[0]}/graphql`, { method: 'POST', headers: {
    'content-type': 'application/json', authorization: `Bearer ${process.env.FANOUT_TOKEN}` },
    body: JSON.stringify({ query: `mutation { createSpecies(input: {name: "${name}", universe: MIRROR, description: "Counted."}) { species { id } userErrors { message } } }` }) });
  const body = await response.json();
  const answered = performance.now();
  const id = body.data?.createSpecies?.species?.id;
  if (!id) fail(`createSpecies: ${JSON.stringify(body)}`);
  return { id, answered };
}
async function delivered(id) { // waits until every subscriber has the change
  await until(`change ${id} at all ${n} subscribers`, () => (arrivals.get(id)?.length ?? 0) >= n);
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
};

const heapBefore = [await heap(0), await heap(1)];
const opened = performance.now();
for (let i = 0; i < n; i += OPENING) {
  await Promise.all(Array.from({ length: Math.min(OPENING, n - i) }, (_, k) => subscriber(i + k)));
}
await until(`${n} subscribers on the two instances`, async () =>
  (await metric(bases[0], 'maquis_live_subscribers')) + (await metric(bases[1], 'maquis_live_subscribers')) === n);
const subscribeSeconds = (performance.now() - opened) / 1000;
const heapAfter = [await heap(0), await heap(1)];

for (let i = 0; i < WARMUP; i++) { const { id } = await change(); if (n > 0) await delivered(id); }
const readsBefore = [await metric(bases[0], 'maquis_live_reads_total'), await metric(bases[1], 'maquis_live_reads_total')];
psql('select pg_stat_statements_reset(0, (select oid from pg_database where datname = current_database()), 0)');
const all = [], last = [];
for (let i = 0; i < changes; i++) {
  const { id, answered } = await change();
  if (n > 0) {
    await delivered(id);
    const times = arrivals.get(id).map((at) => Math.max(0, at - answered));
    all.push(...times);
    last.push(Math.max(...times));
  }
}
const statements = Number(psql(`select coalesce(sum(calls), 0) from pg_stat_statements where dbid = (select oid from
  pg_database where datname = current_database()) and query !~* 'pg_stat_statements'`));
const readsAfter = [await metric(bases[0], 'maquis_live_reads_total'), await metric(bases[1], 'maquis_live_reads_total')];
for (const socket of sockets) { socket.done = true; socket.close(1000); }

const round = (v, d = 1) => (v === null ? null : Number(v.toFixed(d)));
console.log(JSON.stringify({
  subscribers: n, changes, subscribeSeconds: round(subscribeSeconds),
  deliveryP50: round(percentile(all, 50)), deliveryP99: round(percentile(all, 99)),
  lastP50: round(percentile(last, 50)), lastP99: round(percentile(last, 99)), lastMax: round(last.length ? Math.max(...last) : null),
  statementsPerChange: round(statements / changes, 2),
  readsPerChangeA: round((readsAfter[0] - readsBefore[0]) / changes, 2),
  readsPerChangeB: round((readsAfter[1] - readsBefore[1]) / changes, 2),
  heapPerSubscriber: n > 0 ? Math.round((heapAfter[0] + heapAfter[1] - heapBefore[0] - heapBefore[1]) / n) : null,
}));
process.exit(0);
