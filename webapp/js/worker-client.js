/* Starts the engine worker and talks to it (protocol: docs/worker-protocol.md).
 *
 * Engine choice: ?engine=js|wasm in the URL, else Wasm-GC where the browser validates a GC module, else JS.
 * A Wasm worker that fails to start falls back to JS. The worker is built from a Blob of the engine's source,
 * which a classic script defines (so that file://, where workers from files and fetch() are blocked, works like
 * http), with the Wasm module (or the JS engine's source) posted to it LZMA-packed in base64 (docs/worker-protocol.md,
 * "Loading"). */
var SP = window.SP || (window.SP = {});

SP.engine = (function () {
  var STOP_GRACE_MS = 500; // a worker that has not answered 'stop' by then is terminated and restarted
  var worker = null;
  var kind = null;
  var ready = false;
  var listeners = [];
  var requests = {};
  var nextId = 1;
  var stopTimer = null;
  var currentRun = null;
  var runExtras = null;
  var beforeReady = [];    // functions (returning promises) that prepare a fresh worker before 'ready'

  // A module whose only content is a GC struct type: it validates only where Wasm-GC is supported.
  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 0x5f, 1, 0x7f, 0]);

  function gcSupported() {
    try { return typeof WebAssembly === 'object' && WebAssembly.validate(GC_PROBE); } catch (e) { return false; }
  }

  function wanted() {
    var p = new URLSearchParams(location.search).get('engine');
    if (p === 'js' || p === 'wasm') return p;
    return gcSupported() ? 'wasm' : 'js';
  }

  function emit(msg) { listeners.forEach(function (fn) { fn(msg); }); }

  var scripts = {};
  /** Loads a classic script once (a restarted worker reuses the engine's source). */
  function loadScript(src) {
    if (scripts[src]) return scripts[src];
    // the one-file offline page carries these scripts inline already (src/build/java/SiteBuild.java)
    if (self.SEQPLAY_INLINED && self.SEQPLAY_INLINED[src]) return (scripts[src] = Promise.resolve());
    return (scripts[src] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { delete scripts[src]; reject(new Error('cannot load ' + src)); };
      document.head.appendChild(s);
    }));
  }

  var datasets = null;
  /** The texts of the bundled datasets (datasets/datasets.js, a classic script so that file:// works). */
  function bundledDatasets() {
    if (!datasets) {
      datasets = loadScript('datasets/datasets.js').then(function () { return self.SEQPLAY_DATASETS || null; },
          function () { return null; }); // without them load_iris() explains that the page has not loaded it
    }
    return datasets;
  }

  function blobWorker(src) {
    return new Worker(URL.createObjectURL(new Blob([src], {type: 'text/javascript'})));
  }

  function create(k) {
    if (window.SEQPLAY_WORKER_URL) { // test hook: a scripted worker that plays back protocol messages
      return Promise.resolve(new Worker(window.SEQPLAY_WORKER_URL));
    }
    // the same way over http(s) and from file:// (where fetch() and workers from files are refused)
    return loadScript('engine/embedded-' + k + '.js').then(function () {
      if (k === 'js') {
        var j = blobWorker(self.SEQPLAY_WORKER_SRC_JS);
        j.postMessage({type: 'js-source', base64: self.SEQPLAY_JS_LZMA_B64});
        return j;
      }
      var w = blobWorker(self.SEQPLAY_WORKER_SRC_WASM);
      w.postMessage({type: 'wasm-bytes', base64: self.SEQPLAY_WASM_LZMA_B64, lzma: true});
      return w;
    });
  }

  function start(k) {
    kind = k;
    if (ready) emit({type: 'engine-restarting'});
    ready = false;
    return create(k).then(function (w) {
      worker = w;
      w.onmessage = function (e) { handle(e.data); };
      w.onerror = function (e) {
        if (e && e.preventDefault) e.preventDefault();
        failed(e && e.message ? e.message : 'worker error');
      };
    }).catch(function (e) { failed(e.message); });
  }

  function failed(message) {
    if (!ready && kind === 'wasm') { // Wasm-GC present but the module did not load: use the JS build
      if (worker) worker.terminate();
      start('js');
      return;
    }
    if (!ready) emit({type: 'engine-failed', message: message});
    else if (currentRun) finish({type: 'done', id: currentRun, ok: false, crashed: true, message: message});
  }

  function finish(msg) {
    if (stopTimer) { clearTimeout(stopTimer); stopTimer = null; }
    currentRun = null;
    if (msg.crashed && worker) { // a trapped Wasm module (or a broken JS one) cannot be trusted again
      worker.terminate();
      worker = null;
      start(kind);
    }
    emit(msg);
  }

  function handle(msg) {
    if (!msg || typeof msg.type !== 'string') return;
    if (msg.type === 'batch') { // acknowledged once shown: the worker keeps at most two batches ahead of the page
      try { msg.events.forEach(handle); } finally { post({type: 'ack'}); }
      return;
    }
    if (msg.type === 'ready') { // the bundled datasets go first, so load_iris() works in the first run
      var w = worker;
      bundledDatasets().then(function (files) {
        if (worker !== w) return;
        if (files) post({type: 'dataset-files', files: files});
        // then whatever else a fresh worker needs before the first run (the learner's stored files)
        return Promise.all(beforeReady.map(function (fn) {
          return Promise.resolve().then(fn).catch(function () { /* never blocks the engine */ });
        }));
      }).then(function () {
        if (worker !== w) return;
        ready = true;
        emit(msg);
      });
      return;
    }
    if (msg.type === 'boot-error') { failed(msg.message); return; }
    if (msg.id !== undefined && requests[msg.id] && msg.type !== 'done') {
      var r = requests[msg.id];
      delete requests[msg.id];
      r(msg);
      return;
    }
    if (msg.type === 'done') { finish(msg); return; }
    emit(msg);
  }

  function post(msg) { if (worker) worker.postMessage(msg); }

  return {
    boot: function () { bundledDatasets(); return start(wanted()); },
    kind: function () { return kind; },
    isReady: function () { return ready; },
    onMessage: function (fn) { listeners.push(fn); },

    /**
     * Starts a run: {mode: 'all'|'step', code, step?, line?, reset?, seed?, lesson?, inject?}. Fields from the
     * run-extras function (setRunExtras) are added to every run. Returns the run id.
     */
    run: function (req) {
      var id = nextId++;
      currentRun = id;
      post(Object.assign({type: 'run', id: id, lang: SP.i18n.lang()}, runExtras ? runExtras() : null, req));
      return id;
    },

    /**
     * fn() returns what every run should also carry, e.g. the open lesson's {seed, lesson: {id, goals, checks},
     * inject: {drawn}} (docs/worker-protocol.md), or null; setRunExtras(null) removes it.
     */
    setRunExtras: function (fn) { runExtras = fn; },

    /** Asks the worker to stop the run; restarts a worker that does not answer in time. */
    stop: function () {
      if (!currentRun) return;
      var id = currentRun;
      post({type: 'stop'});
      if (stopTimer) clearTimeout(stopTimer);
      stopTimer = setTimeout(function () {
        if (currentRun !== id) return;
        worker.terminate();
        worker = null;
        finish({type: 'done', id: id, ok: false, stopped: true, terminated: true});
        start(kind);
      }, STOP_GRACE_MS);
    },

    /** A request answered by one message with the same id: {type: 'check'|'dataset', ...}. */
    request: function (msg) {
      var id = nextId++;
      return new Promise(function (resolve) {
        requests[id] = resolve;
        post(Object.assign({id: id}, msg));
      });
    },

    setLang: function (lang) { post({type: 'set-lang', lang: lang}); },
    /** fn() runs when a (re)started worker has booted, before the page hears 'ready'; it may return a promise. */
    beforeReady: function (fn) { beforeReady.push(fn); },
    running: function () { return currentRun !== null; }
  };
})();
