/* The page's state in one place, the event bus, and what survives a reload.
 *
 * SP.state holds everything the page shows; only SP.store.set changes it, and every change is announced as a
 * 'change' event with the changed keys. SP.bus carries the run's events ('run-started', 'epoch', 'output',
 * 'run-finished', ...) with plain-data payloads, so a later postMessage bridge (embedding) only has to forward
 * them. */
var SP = window.SP || (window.SP = {});

SP.bus = (function () {
  var handlers = {};
  return {
    on: function (type, fn) { (handlers[type] || (handlers[type] = [])).push(fn); },
    off: function (type, fn) {
      var list = handlers[type] || [];
      var i = list.indexOf(fn);
      if (i >= 0) list.splice(i, 1);
    },
    emit: function (type, data) {
      (handlers[type] || []).slice().forEach(function (fn) { fn(data); });
      (handlers['*'] || []).slice().forEach(function (fn) { fn(type, data); });
    }
  };
})();

/** nan, inf and -inf as Python and Keras print them (a diverged fit logs them); null for finite numbers. */
SP.nonFinite = function (v) {
  if (typeof v !== 'number' || isFinite(v)) return null;
  return v !== v ? 'nan' : v > 0 ? 'inf' : '-inf';
};

SP.storage = (function () {
  var PREFIX = 'seqplay.';
  // localStorage can throw (disabled storage, some file:// set-ups): the page still works, it just forgets.
  return {
    get: function (key) {
      try { return window.localStorage.getItem(PREFIX + key); } catch (e) { return null; }
    },
    put: function (key, value) {
      try {
        if (value === null || value === undefined) window.localStorage.removeItem(PREFIX + key);
        else window.localStorage.setItem(PREFIX + key, String(value));
      } catch (e) { /* quota or disabled: ignore */ }
    }
  };
})();

SP.state = {
  lang: 'en',          // 'ko' | 'en'
  mode: 'code',        // 'code' | 'steps'
  code: '',            // the whole program; in step mode the cells are slices of it
  engine: null,        // {kind: 'wasm'|'js', version} once the worker is ready
  engineError: null,
  running: false,      // a run is under way
  runMode: null,       // 'all' | 'step'
  nextStep: 0,         // in step mode, the index of the next step to run
  stepStatus: [],      // per step: '' | 'running' | 'done' | 'error'
  model: null,         // {layers:[{name, type, units, activation, line}], inputs}
  weights: null,       // [Float64Array kernel0, bias0, ...]
  history: {},         // {loss:[...], val_loss:[...], accuracy:[...]} of the current fit
  epochs: 0,
  diagnostics: [],     // [{kind:'error'|'warning', line, column, endColumn, message, hint:{ko,en}}]
  charts: {}           // latest chart message per kind
};

SP.store = (function () {
  var PERSISTED = {code: 'code', mode: 'mode', lang: 'lang'};
  var saveTimer = null;
  var pending = {};

  function flush() {
    saveTimer = null;
    Object.keys(pending).forEach(function (k) { if (PERSISTED[k]) SP.storage.put(PERSISTED[k], SP.state[k]); });
    pending = {};
  }

  return {
    /** Changes state and announces the changed keys. Code is saved at most every 300 ms while typing. */
    set: function (patch) {
      var changed = [];
      Object.keys(patch).forEach(function (k) {
        if (SP.state[k] !== patch[k]) {
          SP.state[k] = patch[k];
          changed.push(k);
          if (k in PERSISTED) pending[k] = true;
        }
      });
      if (Object.keys(pending).length && !saveTimer) saveTimer = setTimeout(flush, 300);
      if (changed.length) SP.bus.emit('change', changed);
      return changed;
    },
    /** Sets the restored state at start-up: announced, but not written back to storage. */
    init: function (patch) {
      Object.keys(patch).forEach(function (k) { SP.state[k] = patch[k]; });
      SP.bus.emit('change', Object.keys(patch));
    },
    /** Writes pending changes now (before unload). */
    flush: function () { if (saveTimer) { clearTimeout(saveTimer); flush(); } },
    restored: function (key) { return PERSISTED[key] === null ? null : SP.storage.get(PERSISTED[key] || key); },
    /** Saves a key under another storage name from now on (each lesson keeps its own code); null: not saved. */
    persistAs: function (key, name) {
      if (saveTimer) { clearTimeout(saveTimer); flush(); }
      PERSISTED[key] = name;
    }
  };
})();

window.addEventListener('pagehide', function () { SP.store.flush(); });
