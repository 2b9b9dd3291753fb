/* Wires the page together: restores the saved state, starts the engine, runs code (all, or step by step),
 * and routes the worker's messages to the console, the charts and the editor. Run events are re-emitted on
 * SP.bus ('run-started', 'epoch', 'output', 'run-finished') as plain data for hosts that embed the page. */
var SP = window.SP || (window.SP = {});

(function () {
  var $ = function (id) { return document.getElementById(id); };
  var t = SP.i18n.t;
  var editor, stepsView, mainConsole, charts = {}, network;
  var queue = [];          // steps waiting to run in step mode
  var runningStep = -1;    // the step whose run is under way
  var checkTimer = null;
  var out = null;          // the console the current run writes to

  // ------------------------------------------------------------------ state restore
  var lang = SP.i18n.detect(SP.store.restored('lang'));
  SP.i18n.setLang(lang);
  var savedCode = SP.store.restored('code');
  SP.store.init({
    lang: lang,
    code: savedCode !== null ? savedCode : SP.seeds.multiclass,
    mode: SP.store.restored('mode') === 'steps' ? 'steps' : 'code'
  });

  // ------------------------------------------------------------------ building blocks
  SP.i18n.apply(document);
  $('lang-select').value = lang;
  mainConsole = new SP.Console($('console'));

  editor = new SP.Editor($('editor'), {
    value: SP.state.code,
    onChange: function (code) { SP.store.set({code: code}); scheduleCheck(); },
    onCursorRow: function (row) { cursorOnRow(row); },
    onRunAll: runAll, onRunStep: runNextStep
  });
  stepsView = new SP.StepsView($('steps-pane'), {
    onChange: function (code) { SP.store.set({code: code}); scheduleCheck(); },
    onRun: function (k) { runStepsUpTo(k); },
    onCursor: function (row) { cursorOnRow(row); },
    onRunAll: runAll, onRunStep: runNextStep
  });

  charts.loss = SP.charts.lines($('chart-loss'));
  charts.metric = SP.charts.lines($('chart-metric'));
  charts.fit = SP.charts.fit($('chart-fit'));
  charts.boundary = SP.charts.boundary($('chart-boundary'));
  charts.confusion = SP.charts.confusion($('chart-confusion'));
  $('chart-loss').setAttribute('data-empty', 'noHistory');
  $('chart-metric').setAttribute('data-empty', 'noHistory');
  $('chart-fit').setAttribute('data-empty', 'noFit');
  $('chart-boundary').setAttribute('data-empty', 'noBoundary');
  $('chart-confusion').setAttribute('data-empty', 'noConfusion');
  $('chart-network').setAttribute('data-empty', 'noNetwork');
  network = new SP.Network($('chart-network'), $('network-tip'), function (layer) {
    var l = SP.state.model && SP.state.model.layers[layer];
    if (!l || !l.line) return;
    network.highlight(layer);
    gotoRow(l.line - 1);
  });
  SP.datasets.init(function (d) {
    var code = SP.datasets.insertLoader(SP.state.code, d);
    setCode(code);
    mainConsole.note('inserted');
  });
  SP.uploads.init(function (name) {
    setCode(SP.uploads.insertReadCsv(SP.state.code, name));
    SP.datasets.close();
  });
  Object.keys(charts).forEach(function (k) { charts[k].schedule(); });
  network.chart.schedule();

  // ------------------------------------------------------------------ mode and code
  function setMode(mode) {
    SP.store.set({mode: mode});
    var steps = mode === 'steps';
    $('code-pane').hidden = steps;
    $('steps-pane').hidden = !steps;
    document.querySelector('.sp-main').classList.toggle('sp-stepmode', steps);
    $('mode-code').setAttribute('aria-pressed', String(!steps));
    $('mode-steps').setAttribute('aria-pressed', String(steps));
    if (steps) {
      stepsView.render(SP.state.code);
      SP.store.set({nextStep: firstStep(), stepStatus: []});
    } else {
      editor.setValue(SP.state.code);
      editor.resize();
    }
    applyDiagnostics();
  }

  function setCode(code) {
    SP.store.set({code: code});
    if (SP.state.mode === 'steps') { stepsView.render(code); SP.store.set({nextStep: firstStep()}); }
    else editor.setValue(code);
    scheduleCheck();
  }

  function firstStep() {
    var texts = stepsView.cells.length ? stepsView.texts() : [];
    for (var k = 0; k < texts.length; k++) if (texts[k] !== '') return k;
    return 0;
  }

  function gotoRow(row) {
    if (SP.state.mode === 'steps') stepsView.gotoDocRow(row);
    else { editor.gotoRow(row); editor.focus(); }
    highlightRow(row);
  }

  function highlightRow(row) {
    if (SP.state.mode === 'steps') stepsView.highlightDocRow(row);
    else editor.highlightRow(row);
  }

  /** The cursor on a layer's code line highlights that layer in the diagram. */
  function cursorOnRow(row) {
    var layers = SP.state.model ? SP.state.model.layers : [];
    var hit = null;
    layers.forEach(function (l, i) { if (l.line === row + 1) hit = i; });
    network.highlight(hit);
    if (hit === null) highlightRow(null);
  }

  // ------------------------------------------------------------------ diagnostics
  function applyDiagnostics() {
    var list = SP.state.diagnostics;
    if (SP.state.mode === 'steps') stepsView.setDiagnostics(list);
    else editor.setDiagnostics(list.map(function (d) { return Object.assign({}, d, {row: d.line - 1}); }));
  }

  function setDiagnostics(list) {
    SP.store.set({diagnostics: list});
    applyDiagnostics();
  }

  function scheduleCheck() {
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = setTimeout(function () {
      checkTimer = null;
      if (!SP.engine.isReady() || SP.engine.running()) return;
      var code = SP.state.code;
      SP.engine.request({type: 'check', code: code}).then(function (msg) {
        if (code !== SP.state.code || SP.engine.running()) return;
        // The last run's error and notes stay until the next run; the checker's warnings are replaced.
        var kept = SP.state.diagnostics.filter(function (d) { return d.kind === 'error' || d.note; });
        setDiagnostics(kept.concat(toWarnings(msg.items)));
      });
    }, 700);
  }

  function toWarnings(items, note) {
    return (items || []).map(function (w) {
      return {kind: 'warning', line: w.line, column: (w.column || 1) - 1, endColumn: (w.endColumn || 0) - 1,
        message: w.texts ? SP.i18n.pick(w.texts) : w.message, texts: w.texts, hint: w.hint, note: !!note};
    });
  }

  // ------------------------------------------------------------------ running
  function updateButtons() {
    var running = SP.state.running;
    $('run-all').disabled = running || !SP.state.engine;
    $('run-step').disabled = running || !SP.state.engine;
    $('stop').disabled = !running;
    document.body.classList.toggle('sp-running', running);
    stepsView.cells.forEach(function (c) { c.run.disabled = running || !SP.state.engine; });
  }

  function resetRunView() {
    SP.store.set({history: {}, epochs: 0, charts: {}});
    charts.loss.set(null);
    charts.metric.set(null);
    setDiagnostics([]);
  }

  function begin(runMode) {
    SP.store.set({running: true, runMode: runMode});
    updateButtons();
    SP.bus.emit('run-started', {mode: runMode});
  }

  function runAll() {
    if (SP.state.running || !SP.state.engine) return;
    if (!SP.state.code.trim()) { mainConsole.note('noCode'); return; }
    resetRunView();
    if (SP.state.mode === 'steps') {
      stepsView.cells.forEach(function (c, k) { c.console.clear(); stepsView.setStatus(k, ''); });
      queue = stepsView.texts().map(function (text, k) { return text === '' ? -1 : k; })
          .filter(function (k) { return k >= 0; });
      SP.store.set({nextStep: firstStep()});
      begin('all');
      runQueued(true);
      return;
    }
    mainConsole.clear();
    out = mainConsole;
    begin('all');
    SP.engine.run({mode: 'all', code: SP.state.code});
  }

  function runNextStep() {
    if (SP.state.running || !SP.state.engine) return;
    if (SP.state.mode !== 'steps') setMode('steps');
    var texts = stepsView.texts();
    var k = SP.state.nextStep;
    while (k < texts.length && texts[k] === '') k++;
    if (k >= texts.length) k = firstStep(); // past the end: start over
    runStepsUpTo(k);
  }

  /** Runs the steps from the next one up to k (starting over when k was already run). */
  function runStepsUpTo(k) {
    if (SP.state.running || !SP.state.engine) return;
    var texts = stepsView.texts();
    var from = SP.state.nextStep;
    if (k < from) from = firstStep();
    var fresh = from === firstStep();
    if (fresh) {
      resetRunView();
      stepsView.cells.forEach(function (c, i) { c.console.clear(); stepsView.setStatus(i, ''); });
    }
    queue = [];
    for (var i = from; i <= k; i++) if (texts[i] !== '') queue.push(i);
    if (!queue.length) return;
    begin('step');
    runQueued(fresh);
  }

  function runQueued(reset) {
    var k = queue.shift();
    var offs = stepsView.offsets();
    runningStep = k;
    out = stepsView.cells[k].console;
    out.clear();
    stepsView.setStatus(k, 'running');
    SP.engine.run({mode: 'step', step: k, code: stepsView.cells[k].editor.getValue(), line: offs[k] + 1,
      reset: !!reset});
  }

  function stop() {
    if (!SP.state.running) return;
    queue = [];
    SP.engine.stop();
  }

  function finished(msg) {
    var console = out || mainConsole;
    console.endLive();
    if (runningStep >= 0) {
      stepsView.setStatus(runningStep, msg.ok ? 'done' : 'error');
      if (msg.ok) {
        var texts = stepsView.texts(), n = runningStep + 1;
        while (n < texts.length && texts[n] === '') n++;
        SP.store.set({nextStep: n});
      }
      runningStep = -1;
      if (msg.ok && queue.length) { runQueued(false); return; }
    }
    if (msg.stopped) console.note('stopped', 'sp-note-stop');
    queue = [];
    SP.store.set({running: false});
    updateButtons();
    var err = SP.state.diagnostics.filter(function (d) { return d.kind === 'error'; })[0];
    SP.bus.emit('run-finished', {ok: !!msg.ok, stopped: !!msg.stopped, history: msg.history || SP.state.history,
      error: err ? {line: err.line, column: err.column + 1, message: err.message} : undefined});
  }

  // ------------------------------------------------------------------ charts from messages
  function historyCharts() {
    var h = SP.state.history;
    var keys = Object.keys(h);
    var P = SP.charts.palette;
    var lossSeries = [];
    if (h.loss) lossSeries.push({label: 'loss (' + t('train') + ')', values: h.loss, color: P.blue});
    if (h.val_loss) lossSeries.push({label: 'val_loss (' + t('val') + ')', values: h.val_loss, color: P.vermillion, dash: [6, 4]});
    charts.loss.set(lossSeries.length ? {title: t('lossChart'), epochs: SP.state.epochs, series: lossSeries} : null);
    var metric = keys.filter(function (k) { return k !== 'loss' && k.indexOf('val_') !== 0; })[0];
    var mSeries = [];
    if (metric) {
      mSeries.push({label: metric + ' (' + t('train') + ')', values: h[metric], color: P.blue});
      if (h['val_' + metric]) mSeries.push({label: 'val_' + metric + ' (' + t('val') + ')', values: h['val_' + metric], color: P.vermillion, dash: [6, 4]});
    }
    charts.metric.set(mSeries.length ? {title: t('metricChart', {metric: metric}), epochs: SP.state.epochs, series: mSeries} : null);
    if ($('chart-metric').parentNode.hidden !== !mSeries.length) $('chart-metric').parentNode.hidden = !mSeries.length;
    historyTable();
    var n = h.loss ? h.loss.length : 0;
    if (n) {
      var last = keys.map(function (k) { return k + ' ' + fmt4(h[k][n - 1]); }).join(', ');
      $('chart-loss').setAttribute('aria-label', t('lossChart') + ': ' + t('epoch') + ' ' + n + ', ' + last);
      $('chart-metric').setAttribute('aria-label', metric ? t('metricChart', {metric: metric}) + ': ' + last : '');
    }
  }

  var historyTable = SP.charts.lazy($('alt-history').parentNode, function () {
    var h = SP.state.history, keys = Object.keys(h);
    var n = h.loss ? h.loss.length : 0;
    var rows = [];
    for (var e = 0; e < n; e++) rows.push([e + 1].concat(keys.map(function (k) { return fmt4(h[k][e]); })));
    var alt = $('alt-history');
    alt.innerHTML = '';
    if (n) alt.appendChild(SP.Console.table([t('epoch')].concat(keys), rows, null, t('lossChart')));
  });

  var fitTable = SP.charts.lazy($('alt-fit').parentNode, function () {
    var msg = SP.state.charts.regression;
    var rows = [], n = Math.min(msg.y.length, 50);
    for (var i = 0; i < n; i++) {
      rows.push(msg.features === 1 ? [fmtN(msg.x[i]), fmtN(msg.y[i]), msg.predicted ? fmtN(msg.predicted[i]) : '']
          : [fmtN(msg.y[i]), fmtN(msg.predicted[i])]);
    }
    var alt = $('alt-fit');
    alt.innerHTML = '';
    alt.appendChild(SP.Console.table(msg.features === 1 ? ['x', t('actual'), t('predicted')] : [t('actual'), t('predicted')],
        rows, null, t('tabFit')));
  });

  function fmt4(v) {
    if (typeof v !== 'number') return '';
    return SP.nonFinite(v) || (Math.abs(v) > 1e-3 || v === 0 ? v.toFixed(4) : v.toExponential(4));
  }

  function onChart(msg) {
    var c = Object.assign({}, SP.state.charts);
    c[msg.kind] = msg;
    SP.store.set({charts: c});
    if (msg.kind === 'regression') {
      charts.fit.set(msg.features === 1 ? {mode: 'curve', x: msg.x, y: msg.y, curveX: msg.curveX, curveY: msg.curveY,
        xLabel: msg.xLabel, yLabel: msg.yLabel} : {mode: 'pva', actual: msg.y, predicted: msg.predicted});
      var cap = [];
      if (typeof msg.r2 === 'number') cap.push(t('r2', {r2: SP.nonFinite(msg.r2) || msg.r2.toFixed(4)}));
      if (msg.equation) cap.push(t('equation', {eq: msg.equation}));
      $('fit-caption').textContent = cap.join(' · ');
      $('chart-fit').setAttribute('aria-label', t('tabFit') + (cap.length ? ': ' + cap.join(', ') : ''));
      fitTable();
    } else if (msg.kind === 'boundary') {
      charts.boundary.set(msg);
      $('boundary-caption').textContent = t('boundaryCaption');
      $('chart-boundary').setAttribute('aria-label', t('tabBoundary') + ': ' + (msg.summary || ''));
      var balt = $('alt-boundary');
      balt.innerHTML = '';
      if (msg.regions) balt.appendChild(SP.Console.table(msg.regions.columns, msg.regions.rows, null, t('tabBoundary')));
    } else if (msg.kind === 'confusion') {
      charts.confusion.set(msg);
      var calt = $('alt-confusion');
      calt.innerHTML = '';
      calt.appendChild(SP.Console.table(msg.labels.map(String), msg.matrix, msg.labels.map(String),
          t('tabConfusion') + ' (' + t('confusionCaption') + ')', t('actual') + ' \\ ' + t('predicted')));
      $('chart-confusion').setAttribute('aria-label', t('tabConfusion') + ': ' + t('confusionCaption') + '. ' +
          msg.matrix.map(function (r, i) { return msg.labels[i] + ': ' + r.join(', '); }).join('; '));
    }
  }

  function engineName(kind) { return kind === 'wasm' ? 'WebAssembly' : kind === 'js' ? 'JavaScript' : kind; }

  function fmtN(v) { return typeof v !== 'number' ? '' : SP.nonFinite(v) || Number(v.toPrecision(5)); }

  // ------------------------------------------------------------------ worker messages
  function onMessage(msg) {
    var console = out || mainConsole;
    switch (msg.type) {
      case 'ready':
        SP.store.set({engine: {kind: msg.engine, version: msg.version}});
        $('engine-status').textContent = t('engineReady', {engine: engineName(msg.engine)});
        $('engine-status').setAttribute('data-engine', msg.engine);
        updateButtons();
        scheduleCheck();
        if (window.performance && performance.mark) performance.mark('seqplay:engine-ready');
        break;
      case 'engine-restarting':
        SP.store.set({engine: null});
        $('engine-status').textContent = t('engineLoading');
        $('engine-status').removeAttribute('data-engine');
        updateButtons();
        break;
      case 'engine-failed':
        SP.store.set({engineError: msg.message});
        $('engine-status').textContent = t('engineFailed');
        break;
      case 'output':
        console.write(msg.text, msg.stream === 'stderr' ? 'sp-stderr' : null);
        SP.bus.emit('output', {text: msg.text});
        break;
      case 'live':
        console.live(msg.line);
        break;
      case 'fit-start':
        SP.store.set({history: {}, epochs: msg.epochs});
        historyCharts();
        break;
      case 'epoch':
        var h = Object.assign({}, SP.state.history);
        Object.keys(msg.logs).forEach(function (k) { h[k] = (h[k] || []).concat([msg.logs[k]]); });
        SP.store.set({history: h, epochs: msg.epochs});
        historyCharts();
        SP.bus.emit('epoch', {epoch: msg.epoch, epochs: msg.epochs, logs: msg.logs});
        break;
      case 'summary':
        console.summary(msg);
        break;
      case 'table':
        console.table(msg);
        break;
      case 'figure':
        console.figure(msg);
        break;
      case 'chart':
        onChart(msg);
        break;
      case 'model':
        SP.store.set({model: msg});
        network.setModel(msg);
        break;
      case 'weights':
        SP.store.set({weights: msg.layers});
        network.setWeights(msg.layers);
        break;
      case 'warnings':
        if (msg.items && msg.items.length) {
          console.warnings(msg.items);
          // The checker's warnings replace the ones shown; a run's note (the loss became nan) joins them.
          setDiagnostics(SP.state.diagnostics.filter(function (d) { return msg.note || d.kind === 'error' || d.note; })
              .concat(toWarnings(msg.items, msg.note)));
        }
        break;
      case 'error':
        console.error(msg);
        if (msg.line) {
          setDiagnostics([{kind: 'error', line: msg.line, column: (msg.column || 1) - 1,
            endColumn: (msg.endColumn || 0) - 1, message: msg.exception ? msg.exception + ': ' + msg.message : msg.message,
            hint: msg.hint}].concat(SP.state.diagnostics.filter(function (d) { return d.kind === 'warning'; })));
        }
        break;
      case 'done':
        finished(msg);
        break;
    }
  }

  SP.engine.onMessage(onMessage);

  // ------------------------------------------------------------------ controls
  $('run-all').addEventListener('click', runAll);
  $('run-step').addEventListener('click', runNextStep);
  $('stop').addEventListener('click', stop);
  $('mode-code').addEventListener('click', function () { setMode('code'); });
  $('mode-steps').addEventListener('click', function () { setMode('steps'); });
  $('console-clear').addEventListener('click', function () { mainConsole.clear(); });
  $('lang-select').addEventListener('change', function (e) {
    SP.i18n.setLang(e.target.value);
    SP.store.set({lang: SP.i18n.lang()});
    SP.i18n.apply(document);
    SP.engine.setLang(SP.i18n.lang());
    Object.keys(charts).forEach(function (k) { charts[k].schedule(); });
    network.chart.schedule();
    network.describe();
    if (SP.state.engine) $('engine-status').textContent = t('engineReady', {engine: engineName(SP.state.engine.kind)});
    if (Object.keys(SP.state.history).length) historyCharts();
    // a run's note keeps both texts: show it in the new language (the checker's warnings are asked for again)
    setDiagnostics(SP.state.diagnostics.map(function (d) {
      return d.texts ? Object.assign({}, d, {message: SP.i18n.pick(d.texts)}) : d;
    }));
    scheduleCheck(); // the checker's warnings in the new language
  });
  $('example-select').addEventListener('change', function (e) {
    if (!e.target.value) return;
    setCode(SP.seeds[e.target.value]);
    e.target.value = '';
  });
  document.addEventListener('keydown', function (e) {
    // the editors handle these themselves; this covers focus anywhere else on the page
    if (e.defaultPrevented || e.key !== 'Enter' || (e.target && e.target.closest && e.target.closest('.ace_editor'))) return;
    if (e.target && /^(BUTTON|SELECT|SUMMARY|A)$/.test(e.target.tagName) && !(e.ctrlKey || e.metaKey || e.shiftKey)) return;
    if (e.ctrlKey || e.metaKey) { runAll(); e.preventDefault(); }
    else if (e.shiftKey) { runNextStep(); e.preventDefault(); }
  });

  // tabs: roving tabindex, arrow keys move between tabs
  var tabs = Array.prototype.slice.call(document.querySelectorAll('.sp-tabs [role=tab]'));
  function selectTab(tab) {
    tabs.forEach(function (x) {
      var on = x === tab;
      x.setAttribute('aria-selected', String(on));
      x.tabIndex = on ? 0 : -1;
      $(x.getAttribute('aria-controls')).hidden = !on;
    });
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { selectTab(tab); });
    tab.addEventListener('keydown', function (e) {
      var j = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 :
          e.key === 'End' ? tabs.length - 1 : null;
      if (j === null) return;
      var next = tabs[(j + tabs.length) % tabs.length];
      selectTab(next);
      next.focus();
      e.preventDefault();
    });
  });
  SP.ui = {selectTab: function (name) { selectTab($('tab-' + name)); }, runAll: runAll, runNextStep: runNextStep,
    stop: stop, setCode: setCode, setMode: setMode};

  // ------------------------------------------------------------------ start
  $('engine-status').textContent = t('engineLoading');
  setMode(SP.state.mode);
  updateButtons();
  if (window.performance && performance.mark) performance.mark('seqplay:interactive');
  SP.engine.boot();
})();
