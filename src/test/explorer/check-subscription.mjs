// Headless-browser check that the GraphiQL explorer at BASE/q/graphql-ui runs a subscription.
//
//   node check-subscription.mjs BASE_URL TOKEN
//
// Opens the page in Debian's Chromium (fresh profile, through playwright-core), puts a subscription to
// archiveChanged of species into the query editor and runs it with the Execute button: GraphiQL opens a WebSocket
// to BASE/graphql (graphql-transport-ws). Once GraphiQL has sent its `subscribe` message, species are created with
// POSTs carrying TOKEN (an archivist's), one every 1.5 s until the result pane shows the creation of one of them,
// streamed in (the server starts the subscription a moment after the message: a creation before that is not for it).
// Requests to other hosts, failed requests, HTTP errors, console and page errors fail the check. Prints a one-line
// summary and each failure; exits 0 only if all passed.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseArg, token] = process.argv.slice(2);
if (!baseArg || !token) {
  console.error('usage: node check-subscription.mjs BASE_URL TOKEN');
  process.exit(2);
}
const base = new URL(baseArg);
const STEP_TIMEOUT = 30_000;
const prefix = `Explorer watch ${Date.now()}`;
const ATTEMPTS = 20;
const subscription = 'subscription { archiveChanged(types: [SPECIES]) { kind node { ... on Species { name } } } }';
const failures = [];
const fail = (what) => failures.push(what);
const sockets = [];
let subscribeSent = false;
const received = []; // the first messages the server sent on the explorer's socket, to say what happened on failure

async function until(what, test) {
  const end = Date.now() + STEP_TIMEOUT;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out: ${typeof what === 'function' ? what() : what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const profile = mkdtempSync(join(tmpdir(), 'explorer-subscription-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.host === base.host || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    fail(`request to another host: ${u.href}`);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('requestfailed', (r) => fail(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && fail(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`));
  page.on('console', (m) => m.type() === 'error' && fail(`console error: ${m.text()}`));
  page.on('console', (m) => process.env.CHECK_VERBOSE && console.log(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));
  page.on('websocket', (ws) => {
    sockets.push(ws.url());
    ws.on('framereceived', (frame) => received.length < 5 && received.push(String(frame.payload).slice(0, 200)));
    ws.on('framesent', (frame) => {
      try { if (JSON.parse(frame.payload).type === 'subscribe') subscribeSent = true; } catch { /* not JSON */ }
    });
  });

  await page.goto(new URL('/q/graphql-ui', base).href, { waitUntil: 'load', timeout: STEP_TIMEOUT });
  const editor = '.graphiql-query-editor .CodeMirror';
  await page.locator(editor).waitFor({ timeout: STEP_TIMEOUT });
  await page.evaluate(([s, q]) => document.querySelector(s).CodeMirror.setValue(q), [editor, subscription]);
  // GraphiQL sends an operation over the WebSocket only once it has parsed the editor's text as a subscription; run
  // before that (a busy machine), it goes as a POST. Then it is run again, a moment later.
  for (let run = 1; run <= 5 && !subscribeSent; run++) {
    await page.locator('.graphiql-execute-button').click();
    const end = Date.now() + 3000;
    while (!subscribeSent && Date.now() < end) await new Promise((done) => setTimeout(done, 100));
  }
  if (!subscribeSent) {
    throw new Error(`GraphiQL sent no subscribe message in five runs (sockets ${JSON.stringify(sockets)}, received`
      + ` ${JSON.stringify(received)})`);
  }

  const shown = () => page.evaluate(() => {
    const text = document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue().trim();
    try { return text ? JSON.parse(text) : null; } catch { return null; }
  });
  let change;
  for (let attempt = 1; attempt <= ATTEMPTS && !change; attempt++) {
    const created = await (await fetch(new URL('/graphql', base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation { createSpecies(input: {name: "${prefix} ${attempt}", universe: MIRROR, description: "Watched."}) { userErrors { message } } }` }),
    })).json();
    if (created.errors || created.data?.createSpecies?.userErrors?.length) throw new Error(`createSpecies: ${JSON.stringify(created)}`);
    const end = Date.now() + 1500;
    while (!change && Date.now() < end) {
      const answer = (await shown())?.data?.archiveChanged;
      if (answer?.kind === 'CREATE' && answer?.node?.name?.startsWith(prefix)) change = answer;
      else await new Promise((done) => setTimeout(done, 100));
    }
  }
  if (!change) {
    throw new Error(`after ${ATTEMPTS} creations the result pane shows ${JSON.stringify(await shown())}; the socket`
      + ` received ${JSON.stringify(received)}`);
  }
  const endpoint = new URL('/graphql', base);
  endpoint.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  if (!sockets.includes(endpoint.href)) throw new Error(`no WebSocket to ${endpoint.href}: ${JSON.stringify(sockets)}`);
} catch (e) {
  fail(`browser: ${e.message.split('\n')[0]}`);
} finally {
  await context?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
const ok = failures.length === 0;
console.log(`explorer subscription check ${ok ? 'PASSED' : 'FAILED'}: ${failures.length} failure(s)`);
for (const f of failures) console.log(`  FAIL ${f}`);
process.exit(ok ? 0 : 1);
