// The archive's GraphiQL: it opens on README's first query with the documentation explorer shown, and what an
// archivist pastes into Headers (a bearer token) stays in the page. SmallRye's own render.js wrote every editor,
// Headers included, into the address bar, so the token reached browser history and the Referer of every request;
// here nothing is written into the URL, and the storage GraphiQL is given never keeps a header.
(function () {
  'use strict';

  // GraphiQL's keys in localStorage all start so (StorageAPI of @graphiql/toolkit adds the prefix).
  const PREFIX = 'graphiql:';
  // Where GraphiQL keeps headers when told to persist them (it is told not to): never written, never read.
  const NEVER = new Set([PREFIX + 'headers', PREFIX + 'shouldPersistHeaders']);

  // Tabs, query history and favourites are JSON holding a `headers` member beside query and variables. The member is
  // kept, nulled: GraphiQL discards stored tabs that lack it. Values that are not JSON (theme, panel sizes) pass.
  function withoutHeaders(value) {
    try {
      return JSON.stringify(JSON.parse(value), (key, member) => (key === 'headers' ? null : member));
    } catch (notJson) {
      return value;
    }
  }

  function graphiqlKeys() {
    return Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
  }

  // What persists across visits: the query and variables of each tab, the history of queries run, the theme and the
  // panel sizes. None of it is a secret; headers are.
  const storage = {
    getItem: (key) => (NEVER.has(key) ? null : localStorage.getItem(key)),
    setItem: (key, value) => {
      if (!NEVER.has(key)) localStorage.setItem(key, withoutHeaders(value));
    },
    removeItem: (key) => localStorage.removeItem(key),
    clear: () => graphiqlKeys().forEach((key) => localStorage.removeItem(key)),
    get length() {
      return graphiqlKeys().length;
    },
  };

  // SmallRye's page kept headers in the query history of this origin: a browser that used it is scrubbed now.
  function scrub() {
    for (const key of graphiqlKeys()) {
      if (NEVER.has(key)) localStorage.removeItem(key);
      else localStorage.setItem(key, withoutHeaders(localStorage.getItem(key)));
    }
  }

  // Each editor types into a hidden textarea (CodeMirror's), which keeps the last short input, a pasted token too.
  // The browser saves every textarea's text with the page's history entry, to disk for session restore, unless it
  // says autocomplete="off".
  function keepTextareasOutOfHistory(root) {
    const mark = () => root.querySelectorAll('textarea:not([autocomplete="off"])')
      .forEach((textarea) => textarea.setAttribute('autocomplete', 'off'));
    new MutationObserver(mark).observe(root, { childList: true, subtree: true });
  }

  function render(firstQuery) {
    const props = {
      fetcher: GraphiQL.createFetcher({
        url: new URL('/graphql', window.location.href).href,
        // Subscriptions over a WebSocket at the same endpoint (graphql-transport-ws, the bundle's graphql-ws client).
        subscriptionUrl: new URL('/graphql', window.location.href).href.replace(/^http/, 'ws'),
        headers: { Accept: 'application/json' },
        enableIncrementalDelivery: false,
      }),
      defaultQuery: firstQuery,
      visiblePlugin: GraphiQL.React.DOC_EXPLORER_PLUGIN,
      storage,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: true,
    };
    const root = document.getElementById('graphiql');
    keepTextareasOutOfHistory(root);
    ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props));
  }

  scrub();
  // README's first query, served by ExplorerPage from the resource that ExplorerTest holds equal to README.
  fetch('first-query.graphql')
    .then((answer) => (answer.ok ? answer.text() : undefined))
    .catch(() => undefined)
    .then(render);
})();
