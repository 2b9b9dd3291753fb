/* Worker side of the protocol (docs/worker-protocol.md), shared by the JS and the Wasm-GC builds.
 *
 * The engine (TeaVM exports of seqplay.web.WorkerMain) is driven in slices: step(budgetMs) runs the program
 * for about that long and returns. Between slices the worker yields to its event loop, so a 'stop' message is
 * read within one slice. Events the engine queued during a slice are posted to the page as ONE 'batch'
 * message: progress lines are coalesced (only the newest live line survives), repeated chart/weights updates
 * keep only the newest, and number arrays arrive as Float64Arrays that are transferred, not copied. */
var SeqplayGlue = (function () {
  var SLICE_MS = 16;                      // about one animation frame: at most ~60 batches per second
  // Batches the page has not acknowledged yet. A small model trains faster than the page can show its epochs;
  // without this limit the page falls behind (and a Stop would wait for the backlog to drain).
  var MAX_IN_FLIGHT = 2;
  var inFlight = 0, waiting = false;
  var RUNNING = 0, FINISHED = 1, FAILED = 2, STOPPED = 3;
  var api = null, engine = null;
  var runId = null, stopRequested = false;
  var channel = new MessageChannel();     // a zero-delay yield, without setTimeout's clamping
  channel.port1.onmessage = slice;

  function post(msg, transfer) { self.postMessage(msg, transfer || []); }

  /** Replaces {"$array": i} references by the engine's arrays (one copy out of the engine). */
  function resolve(value, transfer) {
    if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
    if (Array.isArray(value)) return value.map(function (v) { return resolve(v, transfer); });
    if (typeof value.$num === 'string' && Object.keys(value).length === 1) return Number(value.$num); // nan, ±inf
    if (typeof value.$array === 'number' && Object.keys(value).length === 1) {
      var a = api.takeArray(value.$array);
      var arr = a instanceof Float64Array ? a : Float64Array.from(a);
      if (transfer.indexOf(arr.buffer) < 0) transfer.push(arr.buffer);
      return arr;
    }
    var out = {};
    Object.keys(value).forEach(function (k) { out[k] = resolve(value[k], transfer); });
    return out;
  }

  /** Drops events a later event in the same batch makes obsolete. */
  function coalesce(events) {
    var keep = new Array(events.length);
    var seenLive = false, seenOutput = false, seen = {};
    for (var i = events.length - 1; i >= 0; i--) {
      var e = events[i];
      if (e.type === 'live') {
        keep[i] = !seenLive && !seenOutput;   // an output after it ends the live line anyway
        seenLive = true;
      } else if (e.type === 'weights' || (e.type === 'chart' && e.kind !== 'confusion')) {
        var key = e.type + ':' + (e.kind || '');
        keep[i] = !seen[key];
        seen[key] = true;
      } else {
        keep[i] = true;
        if (e.type === 'output' || e.type === 'epoch') seenOutput = true;
      }
    }
    return events.filter(function (e, i) { return keep[i]; });
  }

  /** Posts what the engine queued since the last flush; returns the events posted. */
  function flush(extra) {
    var json = api.takeEvents();
    var events = json && json !== '[]' ? JSON.parse(json) : [];
    if (extra) events.push(extra);
    if (!events.length) return events;
    var transfer = [];
    events = coalesce(events).map(function (e) { return resolve(e, transfer); });
    inFlight++;
    post({type: 'batch', events: events}, transfer);
    return events;
  }

  function schedule() { channel.port2.postMessage(0); }

  /** The next slice, unless the page is behind: then the page's next 'ack' resumes the run. */
  function next() {
    if (inFlight >= MAX_IN_FLIGHT) { waiting = true; return; }
    schedule();
  }

  function crash(e) {
    var text = String(e && e.message ? e.message : e);
    runId = null;
    try { flush(); } catch (ignored) { /* the engine may be unusable after a trap */ }
    post({type: 'batch', events: [
      {type: 'error', exception: 'InternalError', message: text,
        text: 'InternalError: ' + text,
        hint: {ko: '플레이그라운드 내부 오류입니다. 페이지를 다시 불러오세요.', en: 'The playground failed internally. Reload the page.'}},
      {type: 'done', ok: false, crashed: true}]});
  }

  function slice() {
    if (runId === null) return;
    var status;
    try {
      if (stopRequested) { api.stop(); stopRequested = false; }
      status = api.step(SLICE_MS);
    } catch (e) { crash(e); return; }
    if (status === RUNNING) { flush(); next(); return; }
    var id = runId;
    runId = null;
    var history = null;
    try { history = resolve(JSON.parse(api.history() || 'null'), []); } catch (e) { history = null; }
    flush({type: 'done', id: id, ok: status === FINISHED, stopped: status === STOPPED, history: history});
  }

  function onMessage(e) {
    var msg = e.data;
    if (!msg || !api) return;
    try {
      switch (msg.type) {
        case 'ack':
          inFlight = Math.max(0, inFlight - 1);
          if (waiting && inFlight < MAX_IN_FLIGHT) { waiting = false; if (runId !== null) schedule(); }
          break;
        case 'run':
          runId = msg.id;
          stopRequested = false;
          inFlight = 0;
          waiting = false;
          api.start(msg.code, msg.mode === 'step' ? 'step' : 'all', msg.line || 1,
              msg.mode !== 'step' || !!msg.reset, msg.lang === 'ko' ? 'ko' : 'en',
              typeof msg.seed === 'number' ? msg.seed : -1,
              msg.lesson ? JSON.stringify(msg.lesson) : '', msg.inject ? JSON.stringify(msg.inject) : '');
          schedule();
          break;
        case 'dataset-files':
          Object.keys(msg.files || {}).forEach(function (name) { api.addDatasetFile(name, msg.files[name]); });
          break;
        case 'file':
          var refused = api.addFile(msg.name, msg.bytes ? new Int8Array(msg.bytes) : new Int8Array(0), msg.size);
          post({type: 'file', id: msg.id, name: msg.name, ok: !refused, error: refused ? JSON.parse(refused) : undefined});
          break;
        case 'stop':
          if (runId !== null) stopRequested = true;
          break;
        case 'check':
          post({type: 'warnings', id: msg.id, items: JSON.parse(api.check(msg.code))});
          break;
        case 'dataset':
          var transfer = [];
          var d = resolve(JSON.parse(api.dataset(msg.name)), transfer);
          d.type = 'dataset';
          d.id = msg.id;
          post(d, transfer);
          break;
        case 'weights-code':
          post({type: 'weights-code', id: msg.id, code: api.weightsCode(String(msg.name || 'model')) || null});
          break;
        case 'set-lang':
          api.setLang(msg.lang);
          break;
      }
    } catch (err) {
      if (msg.type === 'run') crash(err);
      else post({type: msg.type === 'check' ? 'warnings' : msg.type, id: msg.id, items: [], error: String(err)});
    }
  }

  function init(exports, kind) {
    api = exports;
    engine = kind;
    self.addEventListener('message', onMessage);
    post({type: 'ready', engine: kind, version: api.version()});
  }

  function bootError(e) { post({type: 'boot-error', message: String(e && e.message ? e.message : e)}); }

  function decode(b64) {
    var s = atob(b64), bytes = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    return bytes;
  }


  return {
    init: init,
    coalesce: coalesce,
    /** JS build: the TeaVM output defined the exports as globals of the worker. */
    bootJs: function () { try { init(self, 'js'); } catch (e) { bootError(e); } },
    /** Wasm build: the page posts the module first, LZMA-packed, as base64 (engine/embedded-wasm.js). */
    bootWasmFromMessage: function () {
      self.addEventListener('message', function first(e) {
        if (!e.data || e.data.type !== 'wasm-bytes') return;
        self.removeEventListener('message', first);
        var bytes;
        try { bytes = decode(e.data.base64); } catch (err) { bootError(err); return; }
        var module;
        try { module = Promise.resolve(e.data.lzma ? SeqplayLzma.decode(bytes) : bytes); } catch (err) { bootError(err); return; }
        module.then(function (b) { return TeaVM.wasmGC.load(b); })
            .then(function (t) { init(t.exports, 'wasm'); }).catch(bootError);
      });
    }
  };
})();
