// What check-explorer.mjs compares the page with: README's first query, answers as stable JSON, the page's styles.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// README's first query: the fenced block under "## A first query", which the explorer must open on.
export function readmeFirstQuery() {
  const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'README.md'), 'utf8');
  const block = /^## A first query\n[\s\S]*?^```graphql\n([\s\S]*?)^```/m.exec(readme);
  if (!block) throw new Error('README.md has no graphql block under "## A first query"');
  return block[1];
}

// Stable JSON (sorted keys) to compare two answers whatever their key order or formatting.
export const canonical = (v) =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]`
  : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`
  : JSON.stringify(v);

// Styled: graphiql.min.css lays the container out as a flex box with its theme variables, and the page's own
// style.css gives #graphiql the full height. Missing stylesheets show here.
export async function styleProblems(page) {
  const s = await page.evaluate(() => {
    const c = getComputedStyle(document.querySelector('.graphiql-container'));
    const sheets = [...document.styleSheets].map((x) => {
      try { return { href: x.href, rules: x.cssRules.length }; } catch { return { href: x.href, rules: -1 }; }
    });
    return {
      display: c.display,
      colorBase: c.getPropertyValue('--color-base').trim(),
      height: document.getElementById('graphiql').getBoundingClientRect().height,
      emptySheets: sheets.filter((x) => x.rules <= 0).map((x) => x.href ?? 'inline'),
    };
  });
  const problems = [];
  if (s.display !== 'flex') problems.push(`.graphiql-container display is ${s.display}, not flex`);
  if (!s.colorBase) problems.push('GraphiQL theme variable --color-base is not defined');
  if (s.height < 500) problems.push(`#graphiql is ${s.height}px high`);
  if (s.emptySheets.length) problems.push(`empty or unreadable stylesheets: ${s.emptySheets.join(', ')}`);
  return problems;
}
