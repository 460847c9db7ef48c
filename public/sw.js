// Win Plan's service worker (issue 14): the app works offline after one
// visit. The build hook (scripts/post-build.mjs) writes in the files of
// this build, hashed names included, and a version that changes with them;
// a browser that sees a new version installs it beside the running one,
// and the page offers to reload into it (nothing typed is lost: every
// keystroke is already stored).
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `winplan-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

// Old versions' caches go once this one runs (this origin's caches are all
// the app's).
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page's "reload" to the new version.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

// This build's files from the cache; a page load (any fragment route) gets
// the app's page. Anything else goes to the network as usual.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const key = request.mode === "navigate" ? "./" : request;
  event.respondWith(caches.match(key).then((hit) => hit || fetch(request)));
});
