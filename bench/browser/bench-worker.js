/* One engine of the benchmark, in its own worker (as the playground trains in a worker): the playground's Wasm-GC
 * or JavaScript build of seqplay.web.BenchMain, or TensorFlow.js with its cpu or wasm backend.
 *
 * Page -> worker: {cmd: 'run', plan: [{id, scale}], runs, peakReps, check}
 * Worker -> page: {type: 'info', info}, {type: 'result', ...}, {type: 'peak', ...}, {type: 'check', ...},
 *                 {type: 'done'} or {type: 'error', message}
 *
 * Per workload: the data and a fresh model are made outside the timing, one warm-up fit, then `runs` timed fits
 * (each on a fresh model with the same initial weights); only fit() is inside performance.now(). */
(function () {
  'use strict';
  // 'wasm', 'js', 'tfjs-cpu', 'tfjs-wasm'. To compare builds of BenchMain side by side, a playground engine may
  // name other builds: 'wasm@a|wasm@b' loads stages/a/ and stages/b/ (BenchPageIT mounts -Dseqplay.bench.stages
  // there) into this one worker and alternates their fits, so that both see the same machine load.
  var engine = new URLSearchParams(self.location.search).get('engine');
  var TFJS = 'node_modules/@tensorflow/tfjs/dist/tf.min.js';
  var TFJS_WASM_DIR = 'node_modules/@tensorflow/tfjs-backend-wasm/dist/';

  importScripts('bench-data.js');

  function post(m) { self.postMessage(m); }
  function now() { return performance.now(); }

  /** The playground's builds: the same exports in both (prepare, fit, signature, flops, data, peak...). */
  function playground(api, kind, name, verbose) {
    return {
      name: name,
      info: function () {
        return {engine: kind, runtime: kind === 'wasm' ? 'TeaVM Wasm-GC' : 'TeaVM JavaScript', verbose: verbose};
      },
      runWorkload: function (id, scale, runs, noWarmup) {
        var times = [], losses = [], signatures = [];
        if (!noWarmup) {
          api.prepare(id, scale, verbose);
          api.fit();                                       // warm-up
        }
        for (var r = 0; r < runs; r++) {
          api.prepare(id, scale, verbose);
          var t0 = now();
          var loss = api.fit();
          times.push(now() - t0);
          losses.push(loss);
          signatures.push(api.signature());
        }
        return {times: times, losses: losses, signature: signatures[0], sameEveryRun:
          signatures.every(function (s) { return s === signatures[0]; }), flops: api.flops()};
      },
      peak: function (reps) {
        api.preparePeak();
        api.peak(Math.max(1, reps >> 2));                  // warm-up
        var best = Infinity;
        for (var k = 0; k < 3; k++) {
          var t0 = now();
          api.peak(reps);
          best = Math.min(best, now() - t0);
        }
        return {kernel: 'Kernels.affine (32x784)·(784x128), the worker\'s tiles, float64', reps: reps, ms: best,
          gflops: reps * api.peakFlops() / best / 1e6};
      },
      checkData: function (id, scale) {
        var w = BenchData.workload(id, scale);
        var out = {id: id, rows: w.rows};
        [['x', 0], ['y', 1]].forEach(function (p) {
          var mine = w[p[0]], theirs = api.data(id, w.rows, p[1]);
          var diff = theirs.length === mine.length ? 0 : Infinity;
          for (var i = 0; i < mine.length && diff !== Infinity; i++) diff = Math.max(diff, Math.abs(mine[i] - theirs[i]));
          out[p[0] + 'MaxDiff'] = diff;
        });
        return out;
      }
    };
  }

  /** TensorFlow.js on one backend; the same models, Adam(0.001), batch 32, shuffle. */
  function tfjs(backend) {
    var tf = self.tf;
    var specs = {
      W1: {layers: [[1, 'linear']], loss: 'meanSquaredError', metrics: []},
      W2: {layers: [[8, 'relu'], [8, 'relu'], [1, 'sigmoid']], loss: 'binaryCrossentropy', metrics: ['accuracy']},
      W3: {layers: [[128, 'relu'], [10, 'softmax']], loss: 'categoricalCrossentropy', metrics: ['accuracy']}
    };
    function model(id, features) {
      var spec = specs[id];
      var m = tf.sequential();
      spec.layers.forEach(function (l, i) {
        var cfg = {units: l[0], activation: l[1]};      // glorot_uniform kernel, zero bias: Keras' defaults
        if (i === 0) cfg.inputShape = [features];
        m.add(tf.layers.dense(cfg));
      });
      m.compile({optimizer: tf.train.adam(0.001), loss: spec.loss, metrics: spec.metrics});
      return m;
    }
    function fitOnce(w, x, y) {
      var m = model(w.id, w.features);
      var t0 = now();
      return m.fit(x, y, {epochs: w.epochs, batchSize: 32, shuffle: true, verbose: 0, yieldEvery: 'never'})
        .then(function (h) {
          var ms = now() - t0;
          var loss = h.history.loss[h.history.loss.length - 1];
          m.dispose();
          return {ms: ms, loss: loss};
        });
    }
    return {
      info: function () {
        var env = tf.env();
        var info = {engine: 'tfjs-' + backend, runtime: 'TensorFlow.js ' + tf.version.tfjs + ' (' + tf.getBackend() + ')',
          crossOriginIsolated: self.crossOriginIsolated === true};
        if (backend === 'wasm') {
          info.simd = env.getBool('WASM_HAS_SIMD_SUPPORT');
          info.threads = env.getBool('WASM_HAS_MULTITHREAD_SUPPORT');
        }
        return info;
      },
      runWorkload: function (id, scale, runs) {
        var w = BenchData.workload(id, scale);
        var x = tf.tensor2d(Float32Array.from(w.x), [w.rows, w.features]);
        var y = tf.tensor2d(Float32Array.from(w.y), [w.rows, w.outputs]);
        var times = [], losses = [];
        var chain = fitOnce(w, x, y);                     // warm-up
        for (var r = 0; r < runs; r++) {
          chain = chain.then(function () { return fitOnce(w, x, y); })
            .then(function (o) { times.push(o.ms); losses.push(o.loss); });
        }
        return chain.then(function () {
          x.dispose(); y.dispose();
          return {times: times, losses: losses, flops: BenchData.flops(w)};
        });
      },
      peak: function (reps) {
        var a = tf.randomUniform([32, 784]), b = tf.randomUniform([784, 128]);
        function loop(n) {
          var acc = tf.zeros([32, 128]);
          for (var i = 0; i < n; i++) {
            var next = tf.tidy(function () { return tf.add(tf.matMul(a, b), acc); });
            acc.dispose();
            acc = next;
          }
          acc.dataSync();
          acc.dispose();
        }
        loop(Math.max(1, reps >> 2));
        var best = Infinity;
        for (var k = 0; k < 3; k++) {
          var t0 = now();
          loop(reps);
          best = Math.min(best, now() - t0);
        }
        a.dispose(); b.dispose();
        return {kernel: 'tf.matMul (32x784)·(784x128) + add, float32', reps: reps, ms: best,
          gflops: reps * 2 * 32 * 784 * 128 / best / 1e6};
      }
    };
  }

  /**
   * A TeaVM JavaScript build loaded as the playground loads it (importScripts) but into its own exports object:
   * its UMD wrapper fills a global `exports` when there is one, so several builds can live in one worker.
   */
  function loadJs(dir) {
    self.exports = {};
    try {
      importScripts(dir + 'bench.js');
      return Promise.resolve(self.exports);
    } finally {
      delete self.exports;
    }
  }

  function loadOne(spec) {
    // ':v1' asks a playground build for Keras' verbose=1 (the live progress bar a learner's fit shows by default)
    var verbose = /:v1$/.test(spec) ? 1 : 0;
    var parts = spec.replace(/:v1$/, '').split('@');
    var kind = parts[0];
    var dir = parts.length > 1 ? 'stages/' + parts[1] + '/' : 'engine/';
    if (kind === 'js' && parts.length === 1) {
      importScripts('engine/bench.js');               // as the playground's worker loads its build
      return Promise.resolve(playground(self, 'js', spec, verbose));
    }
    if (kind === 'js') {
      return loadJs(dir).then(function (api) { return playground(api, 'js', spec, verbose); });
    }
    if (kind === 'wasm') {
      if (!self.TeaVM) importScripts(dir + 'bench.wasm-runtime.js');
      return TeaVM.wasmGC.load(dir + 'bench.wasm').then(function (t) { return playground(t.exports, 'wasm', spec, verbose); });
    }
    if (kind === 'tfjs-cpu' || kind === 'tfjs-wasm') {
      importScripts(TFJS);
      var backend = kind.substring(5);
      if (backend === 'wasm') {
        importScripts(TFJS_WASM_DIR + 'tf-backend-wasm.min.js');
        tf.wasm.setWasmPaths(new URL(TFJS_WASM_DIR, self.location.href).href);
      }
      return tf.setBackend(backend).then(function (ok) {
        if (!ok || tf.getBackend() !== backend) throw new Error('TensorFlow.js backend ' + backend + ' unavailable');
        return tf.ready();
      }).then(function () { var t = tfjs(backend); t.name = spec; return t; });
    }
    return Promise.reject(new Error('unknown engine ' + spec));
  }

  function load() {
    return Promise.all(engine.split('|').map(loadOne));
  }

  /** Several builds in one worker: warm each up, then alternate their timed fits. */
  function alternate(engines, id, scale, runs) {
    var results = engines.map(function () { return {times: [], losses: [], signatures: []}; });
    engines.forEach(function (e) { e.runWorkload(id, scale, 0); });
    for (var r = 0; r < runs; r++) {
      engines.forEach(function (e, k) {
        var one = e.runWorkload(id, scale, 1, true);
        results[k].times.push(one.times[0]);
        results[k].losses.push(one.losses[0]);
        results[k].signatures.push(one.signature);
        results[k].flops = one.flops;
      });
    }
    return results.map(function (res, k) {
      res.engine = engines[k].name;
      res.signature = res.signatures[0];
      res.sameEveryRun = res.signatures.every(function (s) { return s === res.signature; });
      delete res.signatures;
      return res;
    });
  }

  self.onmessage = function (e) {
    var msg = e.data;
    if (msg.cmd !== 'run') return;
    load().then(function (engines) {
      engines.forEach(function (eng) { post({type: 'info', engine: eng.name, info: eng.info()}); });
      var chain = Promise.resolve();
      if (msg.check) {
        engines.forEach(function (eng) {
          if (!eng.checkData) return;
          msg.plan.forEach(function (p) {
            chain = chain.then(function () { post({type: 'check', engine: eng.name, check: eng.checkData(p.id, p.scale)}); });
          });
        });
      }
      msg.plan.forEach(function (p) {
        chain = chain.then(function () {
          if (engines.length > 1) return alternate(engines, p.id, p.scale, msg.runs);
          return Promise.resolve(engines[0].runWorkload(p.id, p.scale, msg.runs)).then(function (r) { return [r]; });
        }).then(function (rs) {
          rs.forEach(function (r, k) {
            r.type = 'result'; r.engine = engines[k].name; r.id = p.id; r.scale = p.scale; post(r);
          });
        });
      });
      if (msg.peakReps > 0) {
        engines.forEach(function (eng) {
          chain = chain.then(function () { var p = eng.peak(msg.peakReps); p.type = 'peak'; p.engine = eng.name; post(p); });
        });
      }
      return chain;
    }).then(function () { post({type: 'done'}); },
      function (err) { post({type: 'error', message: String(err && err.stack ? err.stack : err)}); });
  };
})();
