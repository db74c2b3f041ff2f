// Draws the reference page at /api/v3/docs. A file of its own, not an inline script, so the page's
// Content-Security-Policy runs only this server's scripts. The document's URL is relative to the page:
// /api/v3/openapi, served by WildFly.
SwaggerUIBundle({
    url: document.getElementById('api-reference').dataset.document,
    dom_id: '#api-reference',
    deepLinking: true,
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: false
});
