// Where the test fixture server (fixture-server.mjs, started by playwright.config.mjs) listens:
// "another site" for embedding (http) and for external datasets (https, self-signed).
// E2E_FIXTURE_HTTP_PORT / E2E_FIXTURE_HTTPS_PORT move it (e.g. for a private run next to others).

export const FIXTURE_HTTP_PORT = Number(process.env.E2E_FIXTURE_HTTP_PORT || 4175);
export const FIXTURE_HTTPS_PORT = Number(process.env.E2E_FIXTURE_HTTPS_PORT || 4176);
/** Origin of the host pages (tests/e2e/fixtures/*.html). */
export const HOST_ORIGIN = `http://127.0.0.1:${FIXTURE_HTTP_PORT}`;
/** Base URL of the fixture datasets, e.g. `${DATASETS}exempelkommun.json`. */
export const DATASETS = `https://127.0.0.1:${FIXTURE_HTTPS_PORT}/datasets/`;
