/* The site's service worker: after the first visit over https (or http://localhost) the playground keeps working
 * without a network. Cache-first for the site's own files, in a cache named after the site's version; a new
 * build has a new version, installs its files into a new cache and deletes the old ones.
 *
 * The build (src/build/java/SiteBuild.java) replaces VERSION by a hash of the site's files and FILES by their
 * list; as written here (a site not assembled by the build) it caches what the page fetches as it goes. */
var VERSION = 'dev';
var FILES = [];
var CACHE = 'seqplay-' + VERSION;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(FILES.map(function (f) { return new Request(f, {cache: 'reload'}); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('seqplay-') === 0 && k !== CACHE; })
        .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    // pages differ only by their query (?lesson=, ?embed=1): one cached copy serves them all
    return cache.match(request, {ignoreSearch: request.mode === 'navigate'}).then(function (hit) {
      if (hit) return hit;
      return fetch(request).then(function (response) {
        if (response.ok && response.type === 'basic') cache.put(request, response.clone());
        return response;
      });
    });
  }));
});
