// Strategy Explorer service worker: makes the whole app work offline after the first visit.
//
// scripts/stamp-sw.mjs (a Trunk post_build hook) fills in the two constants below: every file of
// the build (hashed names included) and a build id derived from their contents. A new build thus
// gives a new sw.js, the browser installs it next to the old one, and the page offers
// "A new version is available — Reload" (src/offline.rs); the new worker takes over when the
// reader chooses to (message { type: "skip-waiting" }), never in the middle of reading.
//
// Requests: same-origin GETs inside the scope are answered from the cache (navigations with the
// cached app shell, shell.html, so any page works offline and opens at once: the app renders it;
// the static HTML of each page is for first visits); everything else, including external
// datasets (?data=), goes to the network untouched.

const BUILD = "";
const PRECACHE = [];

const PREFIX = 'strategy-explorer-';
const CACHE = PREFIX + BUILD;
// Trunk's content-hashed file names never change content: the HTTP cache may serve them.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: HASHED.test(path) ? 'default' : 'no-cache' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith(answer(request));
});

async function answer(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  if (cached) return cached;
  if (request.mode === 'navigate') {
    // Any page of the single-page app: the app itself.
    const app = await cache.match(new URL('shell.html', self.registration.scope).href);
    if (app) return app;
  }
  return fetch(request);
}
