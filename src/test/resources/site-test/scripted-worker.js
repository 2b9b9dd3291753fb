/* TEST ONLY, never shipped: a scripted engine behind the real worker glue.
 *
 * It implements the engine exports the glue drives (version/start/step/stop/takeEvents/takeArray/history/
 * check/dataset/setLang) and plays back protocol events shaped like a real run of the given code: a summary
 * derived from the Dense lines, 'Epoch i/N' lines with live progress, epoch logs, charts and weights, an
 * error when the code contains "relux". The numbers are made up. Tests using it check the page's RENDERING
 * and the glue (slicing, stop, coalescing, array transfer), never training. */
importScripts('/__glue__/worker-glue.js');

var Scripted = (function () {
  var RUNNING = 0, FINISHED = 1, FAILED = 2, STOPPED = 3;
  var BATCH_MS = 4, STEPS = 5;
  var events = [], arrays = [];
  var run = null, stopFlag = false, lastHistory = null;

  function arr(values) { arrays.push(Float64Array.from(values)); return {$array: arrays.length - 1}; }
  function emit(e) { events.push(e); }
  function busy(ms) { var end = performance.now() + ms; while (performance.now() < end) { /* compute */ } }
  function pad(s, n, right) { s = String(s); while (s.length < n) s = right ? ' ' + s : s + ' '; return s; }
  function f4(v) { return Math.abs(v) > 1e-3 ? v.toFixed(4) : v.toExponential(4).replace(/e([+-])(\d)$/, 'e$10$2'); }

  function parse(code, firstLine) {
    var lines = code.split('\n'), layers = [], inputs = 0, loss = 'mse', epochs = 1, metric = null, relux = null;
    var predict = false;
    lines.forEach(function (l, i) {
      var m = /shape=\((\d+),?\s*\)/.exec(l);
      if (m) inputs = Number(m[1]);
      var d = /Dense\((\d+)(?:,\s*activation='(\w+)')?/.exec(l);
      if (d) layers.push({name: layers.length ? 'dense_' + layers.length : 'dense', type: 'Dense',
        units: Number(d[1]), activation: d[2] || 'linear', line: firstLine + i});
      var c = /loss='(\w+)'/.exec(l);
      if (c) loss = c[1];
      if (/metrics=\['accuracy'\]/.test(l)) metric = 'accuracy';
      var e = /epochs=(\d+)/.exec(l);
      if (e) epochs = Number(e[1]);
      var r = l.indexOf('relux');
      if (r >= 0) relux = {line: firstLine + i, column: r + 1, endColumn: r + 6, source: l};
      if (/\.predict\(/.test(l)) predict = true;
    });
    return {layers: layers, inputs: inputs, loss: loss, epochs: epochs, metric: metric, relux: relux,
      hang: /# scripted: hang/.test(code), frame: /df\.head\(\)/.test(code), hasFit: /\.fit\(/.test(code), hasSummary: /\.summary\(/.test(code), predict: predict};
  }

  function summaryText(p) {
    var top = '┏' + '━'.repeat(38) + '┳' + '━'.repeat(29) + '┳' + '━'.repeat(17) + '┓';
    var rows = ['Model: "sequential"', top,
      '┃ ' + pad('Layer (type)', 36) + ' ┃ ' + pad('Output Shape', 27) + ' ┃ ' + pad('Param #', 15, true) + ' ┃',
      '┡' + '━'.repeat(38) + '╇' + '━'.repeat(29) + '╇' + '━'.repeat(17) + '┩'];
    var prev = p.inputs, total = 0, table = [];
    p.layers.forEach(function (l, i) {
      var params = (prev + 1) * l.units;
      total += params;
      table.push({name: l.name, type: 'Dense', shape: '(None, ' + l.units + ')', params: params.toLocaleString('en-US')});
      rows.push('│ ' + pad(l.name + ' (Dense)', 36) + ' │ ' + pad('(None, ' + l.units + ')', 27) + ' │ ' +
          pad(params.toLocaleString('en-US'), 15, true) + ' │');
      if (i < p.layers.length - 1) rows.push('├' + '─'.repeat(38) + '┼' + '─'.repeat(29) + '┼' + '─'.repeat(17) + '┤');
      prev = l.units;
    });
    rows.push('└' + '─'.repeat(38) + '┴' + '─'.repeat(29) + '┴' + '─'.repeat(17) + '┘');
    var size = (total * 4).toFixed(2) + ' B';
    var totals = [' Total params: ' + total + ' (' + size + ')', ' Trainable params: ' + total + ' (' + size + ')',
      ' Non-trainable params: 0 (0.00 B)'];
    return {text: rows.concat(totals).join('\n') + '\n', rows: table, totals: totals};
  }

  function weightsEvent(p, scale) {
    var prev = p.inputs;
    return {type: 'weights', layers: p.layers.map(function (l, li) {
      var k = [], b = [];
      for (var i = 0; i < prev * l.units; i++) k.push(Math.sin(i * 1.7 + li) * scale);
      for (var j = 0; j < l.units; j++) b.push(Math.cos(j) * 0.1 * scale);
      var w = {index: li, rows: prev, cols: l.units, kernel: arr(k), bias: arr(b)};
      prev = l.units;
      return w;
    })};
  }

  function moons(n) {
    var pts = [], labels = [];
    for (var i = 0; i < n; i++) {
      var c = i % 2, t = Math.PI * ((i * 0.618) % 1);
      pts.push(c ? 1 - Math.cos(t) : Math.cos(t), c ? 0.5 - Math.sin(t) : Math.sin(t));
      labels.push(c);
    }
    return {points: pts, labels: labels};
  }

  function charts(p, frac) {
    var out = p.layers.length ? p.layers[p.layers.length - 1].units : 1;
    if (p.loss === 'mse' && p.inputs === 1) {
      var x = [], y = [], pred = [], cx = [], cy = [];
      for (var i = 0; i < 40; i++) { x.push(i / 20); y.push(3 * i / 20 + 2 + Math.sin(i * 7) * 0.2); }
      var w = 3 * frac, b = 2 * frac;
      x.forEach(function (v) { pred.push(w * v + b); });
      cx.push(0, 2); cy.push(b, 2 * w + b);
      emit({type: 'chart', kind: 'regression', features: 1, x: arr(x), y: arr(y), predicted: arr(pred),
        curveX: arr(cx), curveY: arr(cy), r2: 0.2 + 0.7 * frac,
        equation: 'y = ' + w.toFixed(4) + 'x + ' + b.toFixed(4), xLabel: 'x', yLabel: 'y'});
    }
    if (p.inputs === 2 && (p.loss === 'binary_crossentropy' || out > 1)) {
      var res = 40, grid = [], m = moons(100);
      for (var gy = 0; gy < res; gy++) for (var gx = 0; gx < res; gx++) {
        var xx = -1.5 + 4 * gx / (res - 1), yy = -1 + 2.5 * gy / (res - 1);
        grid.push(1 / (1 + Math.exp(-(4 * frac + 0.5) * (yy - 0.25 - 0.5 * Math.sin(xx * 2)))) );
      }
      emit({type: 'chart', kind: 'boundary', res: res, xmin: -1.5, xmax: 2.5, ymin: -1, ymax: 1.5, classes: 2,
        grid: arr(grid), points: arr(m.points), labels: arr(m.labels), summary: 'scripted'});
    }
  }

  function confusion(p) {
    var out = p.layers.length ? p.layers[p.layers.length - 1].units : 1;
    if (p.loss === 'mse') return;
    var k = out > 1 ? out : 2, labels = [], matrix = [];
    for (var i = 0; i < k; i++) {
      labels.push(i);
      var row = [];
      for (var j = 0; j < k; j++) row.push(i === j ? 40 + i * 3 : (i + j) % 3);
      matrix.push(row);
    }
    emit({type: 'chart', kind: 'confusion', labels: labels, matrix: matrix});
  }

  var session = null; // what earlier steps defined, as a notebook session would remember it

  function start(code, mode, line, reset) {
    var p = parse(code, line);
    if (reset || !session) session = {layers: [], inputs: 0, loss: 'mse', metric: null, epochs: 1};
    session.layers = session.layers.concat(p.layers);
    if (p.inputs) session.inputs = p.inputs;
    if (/loss=/.test(code)) { session.loss = p.loss; session.metric = p.metric; }
    if (/epochs=/.test(code)) session.epochs = p.epochs;
    p.layers = session.layers;
    p.inputs = session.inputs;
    p.loss = session.loss;
    p.metric = session.metric;
    p.epochs = session.epochs;
    p.newLayers = parse(code, line).layers.length > 0;
    p.hang = /# scripted: hang/.test(code);
    p.frame = /df\.head\(\)/.test(code);
    stopFlag = false;
    run = {p: p, phase: 'begin', epoch: 0, batch: 0, history: {}, mode: mode};
  }

  function step(budget) {
    var end = performance.now() + budget;
    var r = run, p = r.p;
    if (stopFlag) { stopFlag = false; finishHistory(r); return STOPPED; }
    if (p.hang) { for (;;) { busy(1000); } } // an engine stuck inside one call: only terminate() ends it
    if (r.phase === 'begin') {
      if (p.relux) {
        var caret = pad('', p.relux.column - 1) + '^^^^^';
        emit({type: 'error', exception: 'ValueError', line: p.relux.line, column: p.relux.column,
          endColumn: p.relux.endColumn, message: 'Could not interpret activation function identifier: relux',
          hint: {ko: '활성화 함수 이름을 확인하세요: relu, sigmoid, softmax, tanh …',
            en: 'Check the activation name: relu, sigmoid, softmax, tanh …'},
          text: 'Traceback (most recent call last):\n  File "main.py", line ' + p.relux.line + ', in <module>\n    ' +
              p.relux.source.trim() + '\nValueError: Could not interpret activation function identifier: relux\n'});
        return FAILED;
      }
      if (p.newLayers) emit({type: 'model', inputs: p.inputs, layers: p.layers});
      if (p.hasSummary) {
        var s = summaryText(p);
        emit({type: 'summary', text: s.text, rows: s.rows, totals: s.totals});
      }
      if (p.frame) {
        emit({type: 'table', title: 'df.head()', columns: ['sepal length (cm)', 'target'], index: [0, 1],
          rows: [['5.1', '0'], ['4.9', '0']],
          text: '   sepal length (cm)  target\n0                5.1       0\n1                4.9       0\n'});
      }
      if (!p.hasFit) { r.phase = 'end'; return FINISHED; }
      var keys = (p.metric ? [p.metric] : []).concat(['loss']);
      emit({type: 'fit-start', epochs: p.epochs, steps: STEPS, keys: keys});
      r.phase = 'fit';
      r.epoch = 1;
      r.batch = 0;
    }
    while (r.phase === 'fit' && performance.now() < end) {
      if (r.batch === 0 && p.epochs > 1) emit({type: 'output', text: 'Epoch ' + r.epoch + '/' + p.epochs + '\n'});
      busy(BATCH_MS);
      r.batch++;
      var loss = 1 / (1 + 0.3 * (r.epoch - 1 + r.batch / STEPS)), acc = 1 - loss / 2;
      var logs = (p.metric ? ' - accuracy: ' + f4(acc) : '') + ' - loss: ' + f4(loss);
      var bar = '━'.repeat(20);
      if (r.batch < STEPS) {
        emit({type: 'live', line: r.batch + '/' + STEPS + ' ' + bar + ' 0s ' + BATCH_MS + 'ms/step' + logs});
        continue;
      }
      emit({type: 'output', text: STEPS + '/' + STEPS + ' ' + bar + ' 0s ' + BATCH_MS + 'ms/step' + logs + '\n'});
      var epochLogs = {loss: loss};
      if (p.metric) epochLogs.accuracy = acc;
      Object.keys(epochLogs).forEach(function (k) { (r.history[k] || (r.history[k] = [])).push(epochLogs[k]); });
      emit({type: 'epoch', epoch: r.epoch, epochs: p.epochs, logs: epochLogs});
      events.push(weightsEvent(p, 0.3 + r.epoch / p.epochs));
      charts(p, r.epoch / p.epochs);
      r.batch = 0;
      r.epoch++;
      if (r.epoch > p.epochs) r.phase = 'predict';
    }
    if (r.phase === 'predict') {
      if (p.predict) {
        emit({type: 'output', text: '1/1 ━━━━━━━━━━━━━━━━━━━━ 0s 3ms/step\n'});
        confusion(p);
      }
      finishHistory(r);
      r.phase = 'end';
      return FINISHED;
    }
    return r.phase === 'end' ? FINISHED : RUNNING;
  }

  function finishHistory(r) {
    var h = {};
    Object.keys(r.history).sort().forEach(function (k) { h[k] = arr(r.history[k]); });
    lastHistory = h;
  }

  return {
    version: function () { return 'scripted-test'; },
    start: start,
    step: step,
    stop: function () { stopFlag = true; },
    takeEvents: function () { var s = JSON.stringify(events); events = []; return s; },
    takeArray: function (i) { var a = arrays[i]; arrays[i] = null; return a; },
    history: function () { var h = lastHistory; lastHistory = null; return JSON.stringify(h); },
    check: function (code) {
      var i = code.split('\n').findIndex(function (l) { return /Dense\(1, activation='softmax'\)/.test(l); });
      return JSON.stringify(i < 0 ? [] : [{line: i + 1, column: 1, endColumn: 0, category: 'UserWarning',
        message: 'Dense(1, activation=\'softmax\') always outputs 1.0',
        hint: {ko: '출력이 하나면 sigmoid 를 쓰세요.', en: 'With one output unit use sigmoid.'}}]);
    },
    dataset: function (name) {
      var m = moons(60);
      return JSON.stringify({name: name, columns: ['x0', 'x1', 'y'], rows: [[0.1, 0.2, 0], [1.1, -0.3, 1], [0.5, 0.8, 0]],
        total: 60, task: 'binary', points: arr(m.points), labels: arr(m.labels), xLabel: 'x0', yLabel: 'x1'});
    },
    setLang: function () {},
    addDatasetFile: function () {},
    addFile: function () { return ''; }
  };
})();

SeqplayGlue.init(Scripted, 'scripted');
