// Where a secret typed into the explorer could end up, for check-explorer.mjs to search: everything the browser keeps
// for the page's origin (read inside the page) and every file of the browser's profile (read after it closed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Where the secret is: the URLs the page showed (its address bar, each same-document change included) or requested,
// the Referer of each request (as sent), the form controls whose text the browser saves with the page's history
// entry (session restore writes it to disk), and everything the page's origin keeps (`kept`, returned for more checks).
export async function secretPlaces(page, secret, navigated, sent) {
  const shown = [...new Set([page.url(), await page.evaluate(() => window.location.href), ...navigated])];
  const places = [
    ...shown.filter((u) => u.includes(secret)).map((u) => `the address bar: ${u.slice(0, 200)}`),
    ...sent.filter((r) => r.url.includes(secret)).map((r) => `a requested URL: ${r.method} ${r.url.slice(0, 200)}`),
    ...sent.filter((r) => (r.headers.referer ?? '').includes(secret))
      .map((r) => `the Referer of ${r.method} ${r.url}: ${r.headers.referer.slice(0, 200)}`),
  ];
  places.push(...(await savedFormText(page)).filter((t) => t.includes(secret))
    .map((t) => `a form control's text, which the browser saves with the history entry: ${t.slice(0, 200)}`));
  const kept = await originStorage(page);
  for (const [where, what] of Object.entries(kept)) {
    if (JSON.stringify(what).includes(secret)) places.push(`${where}: ${JSON.stringify(what).slice(0, 300)}`);
  }
  return { places, kept };
}

// The text of every control that Chromium saves with the page's history entry (and so in its session files): each
// textarea or text input unless it, or its form, says autocomplete="off". CodeMirror's hidden textareas keep the
// last short input typed into an editor.
function savedFormText(page) {
  return page.evaluate(() => {
    const off = (element) => element?.getAttribute('autocomplete')?.toLowerCase() === 'off';
    return [...document.querySelectorAll('textarea, input')]
      .filter((c) => !['password', 'hidden'].includes(c.type) && !off(c) && !off(c.form))
      .map((c) => c.value);
  });
}

// Everything the page's origin keeps: Web Storage, cookies (those scripts see and HttpOnly ones), every record of every
// IndexedDB database, and the URLs in Cache Storage. Values are made JSON-safe so that any of them can be searched.
export async function originStorage(page) {
  const inPage = await page.evaluate(async () => {
    const safe = (v) => JSON.parse(JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? String(x) : x)) ?? 'null');
    const entries = (s) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const indexedDb = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames) {
        const records = db.transaction(store).objectStore(store);
        indexedDb.push({ db: name, store, keys: safe(await request(records.getAllKeys())),
          values: safe(await request(records.getAll())) });
      }
      db.close();
    }
    const cacheStorage = [];
    for (const name of (await globalThis.caches?.keys()) ?? []) {
      const cache = await caches.open(name);
      cacheStorage.push({ cache: name, urls: (await cache.keys()).map((r) => r.url) });
    }
    return {
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      documentCookie: document.cookie,
      indexedDb,
      cacheStorage,
    };
  });
  return { ...inPage, cookies: await page.context().cookies() };
}

// The profile's files (relative paths) that hold the text, as UTF-8 or as UTF-16 (Chromium keeps some strings so).
export function profileFilesHolding(dir, text) {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const found = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && statSync(path).size < 64 * 1024 * 1024) {
        const bytes = readFileSync(path);
        if (needles.some((n) => bytes.includes(n))) found.push(relative(dir, path));
      }
    }
  };
  walk(dir);
  return found;
}
