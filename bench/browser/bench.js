/* The benchmark page's driver: runs each engine in its own worker, one after the other, and collects the
 * results in window.__bench (read by BenchPageIT), drawing a table as they arrive. */
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  function list(name, dflt) { return (params.get(name) || dflt).split(',').filter(Boolean); }
  var engines = list('engines', 'wasm,js,tfjs-cpu,tfjs-wasm');
  var workloads = list('workloads', 'W1,W2,W3');
  // one scale for all workloads, or one per workload in the same order
  var scales = list('scale', '1').map(parseFloat);
  function scaleOf(i) { return scales.length === 1 ? scales[0] : scales[i]; }
  var runs = parseInt(params.get('runs') || '3', 10);
  var peakReps = parseInt(params.get('peak') || '200', 10);
  var check = params.get('check') === '1';

  var state = window.__bench = {done: false, engines: engines, workloads: workloads, scales: scales, runs: runs,
    info: {}, results: {}, peaks: {}, checks: [], errors: {}, userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency};

  function median(v) {
    var s = v.slice().sort(function (a, b) { return a - b; });
    var n = s.length;
    return n === 0 ? NaN : (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2);
  }
  state.median = median;

  function log(text) { document.getElementById('log').textContent += text + '\n'; }

  var columns = [].concat.apply([], engines.map(function (e) { return e.split('|'); }));

  function draw() {
    var head = '<tr><th>workload</th>' + columns.map(function (e) { return '<th>' + e + ' (ms)</th>'; }).join('') + '</tr>';
    document.querySelector('#table thead').innerHTML = head;
    document.querySelector('#table tbody').innerHTML = workloads.map(function (w) {
      return '<tr><td>' + w + '</td>' + columns.map(function (e) {
        var r = state.results[e + ':' + w];
        return '<td>' + (r ? median(r.times).toFixed(1) : '') + '</td>';
      }).join('') + '</tr>';
    }).join('');
  }

  function runEngine(engine) {
    return new Promise(function (resolve) {
      var worker = new Worker('bench-worker.js?engine=' + encodeURIComponent(engine));
      var t0 = performance.now();
      function end() { worker.terminate(); resolve(); }
      worker.onerror = function (e) {
        state.errors[engine] = String(e.message || e);
        log(engine + ': ' + state.errors[engine]);
        end();
      };
      worker.onmessage = function (e) {
        var m = e.data;
        if (m.type === 'info') {
          m.info.loadMs = performance.now() - t0;
          state.info[m.engine] = m.info;
          log(m.engine + ': ' + JSON.stringify(m.info));
        } else if (m.type === 'result') {
          state.results[m.engine + ':' + m.id] = m;
          log(m.engine + ' ' + m.id + ': ' + m.times.map(function (t) { return t.toFixed(1); }).join(', ') + ' ms');
          draw();
        } else if (m.type === 'peak') {
          state.peaks[m.engine] = m;
          log(m.engine + ' peak: ' + m.gflops.toFixed(2) + ' GFLOP/s');
        } else if (m.type === 'check') {
          m.check.engine = m.engine;
          state.checks.push(m.check);
        } else if (m.type === 'error') {
          state.errors[engine] = m.message;
          log(engine + ': ' + m.message);
          end();
        } else if (m.type === 'done') {
          end();
        }
      };
      worker.postMessage({cmd: 'run', plan: workloads.map(function (w, i) { return {id: w, scale: scaleOf(i)}; }),
        runs: runs, peakReps: peakReps, check: check});
    });
  }

  draw();
  engines.reduce(function (p, e) { return p.then(function () { return runEngine(e); }); }, Promise.resolve())
    .then(function () { state.done = true; log('done'); });
})();
