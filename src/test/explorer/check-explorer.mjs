// Headless-browser check of the GraphiQL explorer served at BASE/q/graphql-ui.
//
//   node check-explorer.mjs BASE_URL SCREENSHOT.png [QUERY]
//   e.g. node check-explorer.mjs http://127.0.0.1:8080 /tmp/explorer.png '{ people(first: 2) { totalCount } }'
//
// Opens the page in Debian's Chromium (/usr/bin/chromium, fresh profile) through playwright-core and
// counts as a failure: every request to a host other than BASE's host (it is also aborted, so the
// result does not depend on whether this machine reaches the internet), every failed request, every
// 4xx/5xx response, every console error and every uncaught page error. It then checks that GraphiQL
// rendered with its stylesheet applied, opens the Docs panel and waits for the schema's root type,
// puts QUERY (default `{ __typename }`) into the query editor, runs it with the Execute button and
// compares the result pane with the answer of a direct POST to BASE/graphql. Saves a screenshot
// (Docs panel open, result shown), prints a one-line summary and each failure; exits 0 only if all passed.
// EXPLORER_CHECK_VERBOSE=1 also lists every response (status, method, URL).
// Prepare the machine with .ci/browser.sh (Debian chromium + npm ci here).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

// Stable JSON (sorted keys) to compare two answers whatever their key order or formatting.
const canonical = (v) =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]`
  : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`
  : JSON.stringify(v);

const profile = mkdtempSync(join(tmpdir(), 'explorer-check-'));
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
    const u = new URL(r.url());
    if (isLocalScheme(u)) return;
    requests.total++;
    if (u.host === base.host) requests.sameHost++;
    else {
      requests.foreign++;
      fail(`request to another host: ${r.method()} ${u.href}`);
    }
  });
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

  const expected = await step('direct POST to /graphql', directAnswer);

  await step('load page', async () => {
    const res = await page.goto(pageUrl, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    if (!res || !res.ok()) throw new Error(`HTTP ${res?.status()}`);
  });

  // Rendered: React mounted GraphiQL (query editor and execute button present) ...
  const rendered = await step('GraphiQL rendered', async () => {
    await page.locator('.graphiql-container .graphiql-query-editor .CodeMirror').waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: STEP_TIMEOUT });
    return true;
  });

  // ... and styled: graphiql.min.css lays the container out as a flex box with its theme variables,
  // and the page's own style.css gives #graphiql the full height. Missing stylesheets show here.
  if (rendered) {
    await step('stylesheets applied', async () => {
      const s = await page.evaluate(() => {
        const c = getComputedStyle(document.querySelector('.graphiql-container'));
        const sheets = [...document.styleSheets].map((x) => {
          try { return { href: x.href, rules: x.cssRules.length }; } catch { return { href: x.href, rules: -1 }; }
        });
        return {
          display: c.display,
          colorBase: c.getPropertyValue('--color-base').trim(),
          fontFamily: c.fontFamily,
          height: document.getElementById('graphiql').getBoundingClientRect().height,
          emptySheets: sheets.filter((x) => x.rules <= 0).map((x) => x.href ?? 'inline'),
        };
      });
      const problems = [];
      if (s.display !== 'flex') problems.push(`.graphiql-container display is ${s.display}, not flex`);
      if (!s.colorBase) problems.push('GraphiQL theme variable --color-base is not defined');
      if (s.height < 500) problems.push(`#graphiql is ${s.height}px high`);
      if (s.emptySheets.length) problems.push(`empty or unreadable stylesheets: ${s.emptySheets.join(', ')}`);
      if (problems.length) throw new Error(problems.join('; '));
    });

    // Docs panel: needs the schema's introspection to have loaded.
    await step('Docs panel shows the schema', async () => {
      const docs = page.locator('.graphiql-doc-explorer');
      if (!(await docs.isVisible())) await page.getByRole('button', { name: /Documentation Explorer/ }).click();
      await page
        .locator('.graphiql-doc-explorer-root-type, .graphiql-doc-explorer-type-name')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      const text = await docs.innerText();
      if (!/\bquery\b/i.test(text)) throw new Error(`Docs panel does not name the query root type: ${text.slice(0, 120)}`);
    });

    // Put the query into the editor (CodeMirror 5 is GraphiQL's editor here) and run it.
    await step('run the query', async () => {
      await page.evaluate((q) => {
        document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(q);
      }, query);
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
  }

  await page.waitForTimeout(300); // let late requests and console messages arrive before judging
  await step('screenshot', () => page.screenshot({ path: shotPath }));
} catch (e) {
  fail(`browser: ${e.message.split('\n')[0]}`);
} finally {
  await context?.close().catch(() => {});
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
