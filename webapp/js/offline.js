/* Registers the service worker (sw.js) so that the hosted site keeps working offline after the first visit.
 * Service workers exist only in secure contexts (https, http://localhost, http://127.0.0.1); a page opened from
 * file:// (the one-file offline build included) has nothing to register and needs nothing. */
(function () {
  if (!('serviceWorker' in navigator) || !window.isSecureContext || !/^https?:$/.test(location.protocol)) return;
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').catch(function () { /* private mode, or blocked: online only */ });
  });
})();
