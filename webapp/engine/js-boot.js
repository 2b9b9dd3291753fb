/* The JS build's worker starts here. The page posts the engine's source LZMA-packed
 * ({type: 'js-source', base64}, engine/embedded-js.js): packed, the 1 MB of TeaVM JavaScript and glue is a fifth
 * smaller than gzip makes it. This unpacks it with lzma.js and runs it as a script of the worker; the engine then
 * answers 'ready' exactly as before. */
(function () {
  self.addEventListener('message', function first(e) {
    if (!e.data || e.data.type !== 'js-source') return;
    self.removeEventListener('message', first);
    var bin = atob(e.data.base64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var source = new TextDecoder('utf-8').decode(SeqplayLzma.decode(bytes));
    // a script of the worker (not eval), so that stack traces name it; blob: URLs load from file:// pages too
    var url = URL.createObjectURL(new Blob([source], {type: 'text/javascript'}));
    try { importScripts(url); } finally { URL.revokeObjectURL(url); }
  });
})();
