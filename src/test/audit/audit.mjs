// The GraphQL-over-HTTP server audit of graphql-http (its serverAudits, pinned in package-lock.json) against a
// running server. Prints one JSON object: the counts per status and every audit that was not ok, with its
// reason and the server's answer. Exit 0 when it ran (the caller judges the figures), 2 when it could not.
//
//   node audit.mjs http://127.0.0.1:8080/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs GRAPHQL_URL');
  process.exit(2);
}

async function answer(response) {
  if (!response) return undefined;
  let body;
  try {
    body = await response.clone().text();
  } catch {
    body = '(body already read)';
  }
  return { status: response.status, body: body.slice(0, 500) };
}

const counts = { total: 0, ok: 0, warn: 0, notice: 0, error: 0 };
const failures = [];
try {
  for (const audit of serverAudits({ url })) {
    const result = await audit.fn();
    counts.total++;
    counts[result.status]++;
    if (result.status !== 'ok') {
      failures.push({ id: result.id, name: result.name, status: result.status, reason: result.reason,
        response: await answer(result.response) });
    }
  }
} catch (e) {
  console.error(`the audit could not run: ${e?.stack ?? e}`);
  process.exit(2);
}
console.log(JSON.stringify({ ...counts, failures }, null, 2));
