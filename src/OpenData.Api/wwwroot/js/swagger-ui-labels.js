// Swagger UI draws the server picker as a <select> with no accessible name (WCAG 4.1.2); name it whenever it appears.
new MutationObserver(() => {
    for (const select of document.querySelectorAll("select#servers:not([aria-label])")) {
        select.setAttribute("aria-label", "Server");
    }
}).observe(document.documentElement, { childList: true, subtree: true });
