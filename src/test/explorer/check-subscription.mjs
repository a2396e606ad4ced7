// Headless-browser check that the GraphiQL explorer at BASE/q/graphql-ui runs a subscription.
//
//   node check-subscription.mjs BASE_URL TOKEN
//
// Opens the page in Debian's Chromium (fresh profile, through playwright-core), puts a subscription to
// archiveChanged of species into the query editor and runs it with the Execute button: GraphiQL opens a WebSocket
// to BASE/graphql (graphql-transport-ws). Once the API counts the subscriber (maquis_live_subscribers at
// /q/metrics), a species is created with a POST carrying TOKEN (an archivist's), and the result pane must show
// that change, streamed in. Requests to other hosts, failed requests, HTTP errors, console and page errors fail the
// check. Prints a one-line summary and each failure; exits 0 only if all passed.
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
const name = `Explorer watch ${Date.now()}`;
const subscription = 'subscription { archiveChanged(types: [SPECIES]) { kind node { ... on Species { name } } } }';
const failures = [];
const fail = (what) => failures.push(what);
const sockets = [];

async function subscribers() {
  const text = await (await fetch(new URL('/q/metrics', base))).text();
  const line = text.split('\n').find((l) => l.startsWith('maquis_live_subscribers '));
  return line ? Number(line.split(' ')[1]) : NaN;
}
async function until(what, test) {
  const end = Date.now() + STEP_TIMEOUT;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
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
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));
  page.on('websocket', (ws) => sockets.push(ws.url()));

  // Settled: subscriptions of earlier tests may still be ending.
  let before = await subscribers();
  for (;;) {
    await new Promise((done) => setTimeout(done, 300));
    const again = await subscribers();
    if (again === before) break;
    before = again;
  }
  await page.goto(new URL('/q/graphql-ui', base).href, { waitUntil: 'load', timeout: STEP_TIMEOUT });
  const editor = '.graphiql-query-editor .CodeMirror';
  await page.locator(editor).waitFor({ timeout: STEP_TIMEOUT });
  await page.evaluate(([s, q]) => document.querySelector(s).CodeMirror.setValue(q), [editor, subscription]);
  await page.locator('.graphiql-execute-button').click();
  await until('the API counts the explorer as a subscriber', async () => (await subscribers()) === before + 1);

  const created = await (await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `mutation { createSpecies(input: {name: "${name}", universe: MIRROR, description: "Watched."}) { userErrors { message } } }` }),
  })).json();
  if (created.errors || created.data?.createSpecies?.userErrors?.length) throw new Error(`createSpecies: ${JSON.stringify(created)}`);

  const handle = await page.waitForFunction(() => {
    const text = document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue().trim();
    try { return text ? JSON.parse(text) : null; } catch { return null; }
  }, undefined, { timeout: STEP_TIMEOUT, polling: 100 });
  const shown = await handle.jsonValue();
  const change = shown?.data?.archiveChanged;
  if (change?.kind !== 'CREATE' || change?.node?.name !== name) {
    throw new Error(`the result pane shows ${JSON.stringify(shown)}, not the creation of ${name}`);
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
