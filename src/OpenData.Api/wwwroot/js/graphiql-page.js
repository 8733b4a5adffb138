// Starts the bundled GraphiQL against this server's /graphql; ?query= opens a query ready to run.
(function () {
    const root = document.getElementById('graphiql');
    const english = document.documentElement.lang === 'en';
    const query = new URLSearchParams(window.location.search).get('query');
    const fetcher = GraphiQL.createFetcher({ url: root.dataset.endpoint });
    ReactDOM.createRoot(root).render(React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultQuery: root.dataset.defaultQuery,
        query: query || undefined,
        defaultEditorToolsVisibility: true,
        // The schema's description and deprecated arguments belong in the documentation explorer; GraphiQL leaves them out unless asked.
        schemaDescription: true,
        inputValueDeprecation: true,
    }));

    // CodeMirror's hidden text areas have no names; screen readers need them (WCAG 4.1.2).
    const names = [
        ['.graphiql-query-editor', english ? 'GraphQL query' : 'GraphQL-fråga'],
        ['.graphiql-editor-tool [aria-label="Variables"], .graphiql-editor-tool .graphiql-editor:not(.hidden)', english ? 'Variables (JSON)' : 'Variabler (JSON)'],
        ['.graphiql-response', english ? 'Result' : 'Resultat'],
    ];
    function label() {
        document.querySelectorAll('textarea:not([aria-label])').forEach(function (area) {
            const match = names.find(function (entry) { return area.closest(entry[0]); });
            area.setAttribute('aria-label', match ? match[1] : (english ? 'Editor' : 'Redigerare'));
        });
    }
    new MutationObserver(label).observe(root, { childList: true, subtree: true });
})();
