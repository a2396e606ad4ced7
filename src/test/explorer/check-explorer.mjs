// Headless-browser check of the GraphiQL explorer served at BASE/q/graphql-ui.
//
//   node check-explorer.mjs BASE_URL SCREENSHOT.png [QUERY]
//   e.g. node check-explorer.mjs http://127.0.0.1:8080 /tmp/explorer.png '{ people(first: 2) { totalCount } }'
//
// Opens the page in Debian's Chromium (/usr/bin/chromium, fresh profile) through playwright-core and
// counts as a failure: every request to a host other than BASE's host (it is also aborted, so the
// result does not depend on whether this machine reaches the internet), every failed request, every
// 4xx/5xx response, every console error and every uncaught page error. It then checks that GraphiQL
// rendered with its stylesheet applied, that it opened on README's first query (the block under
// "## A first query") with the Docs panel open and showing the schema's root type, types a header
// {"Authorization": "Bearer <a secret made for this run>"} into the Headers tab, puts QUERY (default
// `{ __typename }`) into the query editor, runs it with the Execute button and compares the result pane with
// the answer of a direct POST to BASE/graphql; the POST of the page must have carried the header. Then the
// secret must be nowhere: not in the address bar or any URL the page navigated to or requested, not in any
// request's Referer, not in localStorage, sessionStorage, IndexedDB, Cache Storage or cookies (before and
// after a reload, which must show the Headers editor empty), and not in any file of the browser's profile
// once it closed. Saves a screenshot (Docs panel open, result shown), prints a one-line summary and each
// failure; exits 0 only if all passed.
// EXPLORER_CHECK_VERBOSE=1 also lists every response (status, method, URL).
// Prepare the machine with .ci/browser.sh (Debian chromium + npm ci here).
import { chromium } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonical, readmeFirstQuery, styleProblems } from './page-facts.mjs';
import { profileFilesHolding, secretPlaces } from './secrets.mjs';

const [baseArg, shotPath, queryArg] = process.argv.slice(2);
if (!baseArg || !shotPath) {
  console.error('usage: node check-explorer.mjs BASE_URL SCREENSHOT.png [QUERY]');
  process.exit(2);
}
const base = new URL(baseArg);
const pageUrl = new URL('/q/graphql-ui', base).href; // the extension redirects to .../graphql-ui/
const graphqlUrl = new URL('/graphql', base).href;
const query = queryArg ?? '{ __typename }';
const STEP_TIMEOUT = 30_000;
const verbose = process.env.EXPLORER_CHECK_VERBOSE === '1'; // list every request and its status

// Made of unreserved characters only, so that it reads the same wherever it lands (percent-encoded, JSON, ...).
const secret = `maquis-explorer-secret-${randomBytes(12).toString('hex')}`;
const headersText = `{"Authorization": "Bearer ${secret}"}`;
// A token that SmallRye's page left in this origin's query history (seeded before the first visit).
const legacySecret = `maquis-explorer-legacy-${randomBytes(12).toString('hex')}`;

const failures = [];
const fail = (what) => failures.push(what);
const requests = { total: 0, sameHost: 0, foreign: 0 };

// Schemes that never leave the page (inline fonts, blobs, ...).
const isLocalScheme = (u) => ['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:'].includes(u.protocol);

// The expected answer comes from the endpoint itself, so any query can be checked.
async function directAnswer() {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  if (!res.ok) throw new Error(`POST ${graphqlUrl} answered HTTP ${res.status}`);
  return res.json();
}

const profile = mkdtempSync(join(tmpdir(), 'explorer-check-'));
const sent = []; // every request of the page: { method, url, headers (as sent), body }
const navigated = []; // every URL the page's main frame showed, same-document changes (history.replaceState) too
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
    colorScheme: 'light',
  });

  // Every request passes here first: foreign hosts are failures and are aborted.
  // Requests to other hosts are aborted before they leave (counted as failures below).
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return isLocalScheme(u) || u.host === base.host ? route.continue() : route.abort('blockedbyclient');
  });

  const page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (r) => {
    sent.push(r.allHeaders().then((headers) => ({ method: r.method(), url: r.url(), headers, body: r.postData() })));
    const u = new URL(r.url());
    if (isLocalScheme(u)) return;
    requests.total++;
    if (u.host === base.host) requests.sameHost++;
    else {
      requests.foreign++;
      fail(`request to another host: ${r.method()} ${u.href}`);
    }
  });
  page.on('framenavigated', (f) => f === page.mainFrame() && navigated.push(f.url()));
  page.on('requestfailed', (r) => {
    const u = new URL(r.url());
    if (u.host !== base.host && !isLocalScheme(u)) return; // already counted (and aborted by us)
    fail(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (verbose) console.log(`  ${r.status()} ${r.request().method()} ${r.url()}`);
    if (r.status() >= 400) fail(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') fail(`console error: ${m.text()}${m.location()?.url ? ` (${m.location().url})` : ''}`);
  });
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));

  const t0 = Date.now();
  const step = async (name, fn) => {
    if (verbose) console.log(`  [${((Date.now() - t0) / 1000).toFixed(1)} s] ${name}`);
    try {
      return await fn();
    } catch (e) {
      fail(`${name}: ${e.message.split('\n')[0]}`);
      return undefined;
    }
  };
  const editorValue = (selector) => page.evaluate((s) => document.querySelector(s)?.CodeMirror?.getValue(), selector);
  const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
  const HEADER_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';
  const showHeaders = async () => {
    await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
    await page.locator(HEADER_EDITOR).waitFor({ timeout: STEP_TIMEOUT });
  };
  const waitForRender = async () => {
    await page.locator(`.graphiql-container ${QUERY_EDITOR}`).waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: STEP_TIMEOUT });
    return true;
  };
  // The secret must be in no URL the page showed or requested, no Referer, nothing the origin keeps; what the
  // SmallRye page kept before (seeded below) must be gone from what the origin keeps.
  const keptNowhere = async (when) => {
    const { places, kept } = await secretPlaces(page, secret, navigated, await Promise.all(sent));
    places.push(...Object.keys(kept).filter((k) => JSON.stringify(kept[k]).includes(legacySecret))
      .map((k) => `${k} (the legacy one)`));
    if (places.length) throw new Error(`${when}, the secret header is in ${places.join('; in ')}`);
    return kept;
  };

  const expected = await step('direct POST to /graphql', directAnswer);

  // A browser that used SmallRye's page: its query history holds a header, which the explorer must scrub.
  await step('seed the history SmallRye\'s page kept', async () => {
    await page.goto(new URL('/graphql/schema.graphql', base).href, { timeout: STEP_TIMEOUT });
    await page.evaluate((s) => {
      const item = { query: '{ __typename }', variables: null, headers: `{"Authorization": "Bearer ${s}"}` };
      localStorage.setItem('graphiql:queries', JSON.stringify({ queries: [item] }));
      localStorage.setItem('graphiql:headers', item.headers);
    }, legacySecret);
  });

  await step('load page', async () => {
    const res = await page.goto(pageUrl, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    if (!res || !res.ok()) throw new Error(`HTTP ${res?.status()}`);
  });

  // Rendered: React mounted GraphiQL (query editor and execute button present) ...
  const rendered = await step('GraphiQL rendered', waitForRender);

  // ... and styled (page-facts.mjs says how that shows).
  if (rendered) {
    await step('stylesheets applied', async () => {
      const problems = await styleProblems(page);
      if (problems.length) throw new Error(problems.join('; '));
    });

    await step("opens on README's first query", async () => {
      const want = readmeFirstQuery();
      const shown = await editorValue(QUERY_EDITOR);
      if (shown?.trimEnd() !== want.trimEnd()) {
        throw new Error(`the query editor holds ${JSON.stringify(shown?.slice(0, 120))}, not README's first query`);
      }
    });

    // Docs panel: open on arrival, and showing the schema (which needs the introspection to have loaded).
    await step('Docs panel open on arrival, showing the schema', async () => {
      const docs = page.locator('.graphiql-doc-explorer');
      if (!(await docs.isVisible())) throw new Error('the Docs panel is closed');
      await page
        .locator('.graphiql-doc-explorer-root-type, .graphiql-doc-explorer-type-name')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      const text = await docs.innerText();
      if (!/\bquery\b/i.test(text)) throw new Error(`Docs panel does not name the query root type: ${text.slice(0, 120)}`);
    });

    // As README tells archivists to: open Headers and paste the token (inserted as pasted text, no key events).
    await step('type the Authorization header into Headers', async () => {
      await showHeaders();
      await page.locator(HEADER_EDITOR).click();
      await page.keyboard.press('Control+A'); // the paste replaces whatever the editor held
      await page.keyboard.insertText(headersText);
      const typed = await editorValue(HEADER_EDITOR);
      if (typed !== headersText) throw new Error(`the Headers editor holds ${JSON.stringify(typed)}`);
    });

    // Put the query into the editor (CodeMirror 5 is GraphiQL's editor here) and run it.
    await step('run the query', async () => {
      await page.evaluate(([s, q]) => document.querySelector(s).CodeMirror.setValue(q), [QUERY_EDITOR, query]);
      await page.locator('.graphiql-execute-button').click();
      const want = expected ? canonical(expected) : null;
      const handle = await page.waitForFunction(
        () => {
          const cm = document.querySelector('.result-window .CodeMirror')?.CodeMirror;
          const text = cm?.getValue().trim();
          if (!text) return null;
          try { return JSON.parse(text); } catch { return null; } // still streaming in
        },
        undefined,
        { timeout: STEP_TIMEOUT },
      );
      const shown = await handle.jsonValue();
      if (shown?.errors) throw new Error(`result pane shows errors: ${JSON.stringify(shown.errors).slice(0, 300)}`);
      if (!shown?.data) throw new Error(`result pane shows no data: ${JSON.stringify(shown).slice(0, 300)}`);
      if (want && canonical(shown) !== want) {
        throw new Error(`result pane shows ${JSON.stringify(shown)}, the endpoint answers ${JSON.stringify(expected)}`);
      }
    });

    await step('the query went to /graphql with the header', async () => {
      const posts = (await Promise.all(sent)).filter((r) => r.method === 'POST' && r.url === graphqlUrl
        && JSON.parse(r.body ?? '{}').query === query);
      if (posts.length !== 1) throw new Error(`${posts.length} POSTs of the query to ${graphqlUrl}`);
      const carried = posts[0].headers.authorization;
      if (carried !== `Bearer ${secret}`) throw new Error(`it carried Authorization ${JSON.stringify(carried)}`);
    });

    await page.waitForTimeout(1000); // GraphiQL stores its tabs 500 ms after the last change
    await step('the secret is kept nowhere', async () => {
      const kept = await keptNowhere('after the run');
      // Not vacuous: the origin's storage was read, and it keeps the query that ran (README: queries persist).
      if (!JSON.stringify(kept.localStorage).includes(JSON.stringify(query).slice(1, -1))) {
        throw new Error(`localStorage does not hold the query that ran: ${JSON.stringify(kept.localStorage).slice(0, 300)}`);
      }
    });
    await step('screenshot', () => page.screenshot({ path: shotPath }));

    await step('after a reload: the query is back, the Headers editor empty', async () => {
      await page.reload({ waitUntil: 'load', timeout: STEP_TIMEOUT });
      await waitForRender();
      await showHeaders();
      const headers = await editorValue(HEADER_EDITOR);
      if (headers?.trim()) throw new Error(`the Headers editor holds ${JSON.stringify(headers)}`);
      const restored = await editorValue(QUERY_EDITOR);
      if (restored !== query) throw new Error(`the query editor holds ${JSON.stringify(restored?.slice(0, 120))}`);
      await page.waitForTimeout(1000);
      await keptNowhere('after the reload');
    });
  }

  await page.waitForTimeout(300); // let late requests and console messages arrive before judging
  if (!rendered) await step('screenshot', () => page.screenshot({ path: shotPath }));
} catch (e) {
  fail(`browser: ${e.message.split('\n')[0]}`);
} finally {
  await context?.close().catch(() => {});
  // Whatever Chromium wrote to disk for this visit: history, Web Storage, IndexedDB, cookies, caches, sessions.
  const files = profileFilesHolding(profile, secret);
  if (files.length) fail(`the secret header is in the browser profile's files: ${files.join(', ')}`);
  rmSync(profile, { recursive: true, force: true });
}

const ok = failures.length === 0;
console.log(
  `explorer check ${ok ? 'PASSED' : 'FAILED'}: ${pageUrl} query ${JSON.stringify(query)}; ` +
    `${requests.total} requests (${requests.sameHost} to ${base.host}, ${requests.foreign} to other hosts), ` +
    `${failures.length} failure(s); screenshot ${shotPath}`,
);
for (const f of failures) console.log(`  FAIL ${f}`);
process.exit(ok ? 0 : 1);
