/* "Export": the program as a .py file and as a Jupyter notebook (nbformat 4.5, one code cell per step) that run
 * unchanged in Colab.
 *
 * After a run that trained a model, the notebook gets one more cell after the fit: model.set_weights([...]) with
 * the weights the playground learned, so that the notebook's predictions match the playground's. The engine
 * writes that cell (seqplay.web.WeightsCode, every number printed with Python's repr) when asked with
 * {type: 'weights-code', name}; an engine that does not answer within a few seconds gives a notebook without it.
 *
 * The draw-a-digit lesson reads `drawn`, which only the playground defines: the export defines it first with the
 * learner's drawing, so the program runs in Colab as it ran here. */
var SP = window.SP || (window.SP = {});

SP.i18n.extend({
  ko: {exportMenu: '내보내기', exportPy: '파이썬 파일 (.py)', exportIpynb: '주피터/Colab 노트북 (.ipynb)',
    exportHeader: 'Sequential Playground에서 내보냈습니다. Colab에서 그대로 실행됩니다.',
    exportDrawn: '플레이그라운드에서 그린 숫자 (8×8, 0–16)',
    exportWeights: '플레이그라운드에서 학습한 가중치: 이 셀을 실행하면 아래 예측이 플레이그라운드와 같아집니다.',
    exportCsv: '이 파일을 먼저 Colab에 올리세요: {files}', exportLesson: '수업 {n}: {title}',
    exportDone: '{file} 파일을 내려받았습니다.', exportNoWeights: '학습된 가중치 없이 내보냈습니다 (먼저 실행하세요).'},
  en: {exportMenu: 'Export', exportPy: 'Python file (.py)', exportIpynb: 'Jupyter/Colab notebook (.ipynb)',
    exportHeader: 'Exported from Sequential Playground; runs unchanged in Colab.',
    exportDrawn: 'The digit drawn in the playground (8×8, 0-16)',
    exportWeights: 'The weights the playground trained: after this cell the predictions below match the playground\'s.',
    exportCsv: 'Upload this file to Colab first: {files}', exportLesson: 'Lesson {n}: {title}',
    exportDone: 'Downloaded {file}.', exportNoWeights: 'Exported without trained weights (run the code first).'}
});

SP.exporter = (function () {
  var t = SP.i18n.t;
  var $ = function (id) { return document.getElementById(id); };
  var WEIGHTS_TIMEOUT_MS = 5000;
  var STEP_TITLES = ['step0', 'step1', 'step2', 'step3', 'step4', 'step5', 'step6', 'step7'];
  var trained = false;   // the last run finished a fit: the engine has weights to export

  function lesson() { return SP.lessons ? SP.lessons.current() : null; }

  /** `drawn = [[...], ...]` when the program reads the playground's drawing. */
  function drawnPrelude(code) {
    var l = lesson();
    var pad = SP.lessons && SP.lessons.pad();
    if (!/\bdrawn\b/.test(code) || !l || !pad) return '';
    var rows = pad.grid().map(function (r) { return '    [' + r.join(', ') + '],'; });
    return '# ' + t('exportDrawn') + '\ndrawn = [\n' + rows.join('\n') + '\n]\n';
  }

  /** Uploaded CSV files the code reads: Colab needs them uploaded. */
  function csvNote(code) {
    var names = [];
    var re = /read_csv\(\s*['"]([^'"]+)['"]/g, m;
    while ((m = re.exec(code))) if (!/^https?:/.test(m[1]) && names.indexOf(m[1]) < 0) names.push(m[1]);
    return names.length ? '# ' + t('exportCsv', {files: names.join(', ')}) + '\n' : '';
  }

  function header() {
    var l = lesson();
    var lines = ['# ' + t('exportHeader')];
    if (l) lines.push('# ' + t('exportLesson', {n: l.number, title: SP.i18n.pick(l.title)}));
    return lines.join('\n') + '\n';
  }

  function python(code) {
    code = code === undefined ? SP.state.code : code;
    var body = code.replace(/\s*$/, '\n');
    return header() + csvNote(code) + drawnPrelude(code) + '\n' + body;
  }

  /** The name the program gives its Sequential model (model = keras.models.Sequential()), default 'model'. */
  function modelName(code) {
    var m = /^([A-Za-z_]\w*)\s*=\s*[\w.]*Sequential\s*\(/m.exec(code);
    return m ? m[1] : 'model';
  }

  /** Asks the engine for the set_weights cell; null when there is no trained model or no answer. */
  function weightsCode(name) {
    if (!trained || !SP.engine.isReady() || SP.engine.running()) return Promise.resolve(null);
    var answer = SP.engine.request({type: 'weights-code', name: name}).then(function (msg) {
      return msg && typeof msg.code === 'string' && msg.code ? msg.code : null;
    });
    var timeout = new Promise(function (resolve) { setTimeout(function () { resolve(null); }, WEIGHTS_TIMEOUT_MS); });
    return Promise.race([answer, timeout]);
  }

  /** nbformat wants a cell's source as lines, each but the last ending in '\n'. */
  function sourceLines(text) {
    var lines = text.split('\n');
    while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    return lines.map(function (l, i) { return i < lines.length - 1 ? l + '\n' : l; });
  }

  function markdownCell(id, text) {
    return {cell_type: 'markdown', id: id, metadata: {}, source: sourceLines(text)};
  }

  function codeCell(id, text) {
    return {cell_type: 'code', execution_count: null, id: id, metadata: {}, outputs: [], source: sourceLines(text)};
  }

  /**
   * The notebook as an object: a title cell, then one code cell per non-empty step (data, 1…7) and, when
   * weights is given, the set_weights cell right after the fit step.
   */
  function notebookOf(code, weights) {
    var l = lesson();
    var cells = [];
    var title = l ? '# ' + t('exportLesson', {n: l.number, title: SP.i18n.pick(l.title)}) : '# Sequential Playground';
    cells.push(markdownCell('title', title + '\n\n' + t('exportHeader')));
    var pre = csvNote(code) + drawnPrelude(code);
    var steps = SP.steps.split(code);
    var fitStep = -1;
    steps.forEach(function (s, k) { if (s.text.trim() && k <= 6) fitStep = k; });
    var n = 0;
    steps.forEach(function (s, k) {
      var text = s.text;
      if (k === 0 && pre) text = pre + (text ? '\n' + text : '');
      if (!text.trim()) return;
      cells.push(codeCell('step-' + k, '# ' + t(STEP_TITLES[k]) + '\n' + text));
      n++;
      if (weights && k === fitStep) {
        cells.push(codeCell('weights', '# ' + t('exportWeights') + '\nimport numpy as np\n' + weights));
      }
    });
    if (!n) cells.push(codeCell('step-0', code));
    return {
      cells: cells,
      metadata: {
        kernelspec: {display_name: 'Python 3', language: 'python', name: 'python3'},
        language_info: {name: 'python'}
      },
      nbformat: 4,
      nbformat_minor: 5
    };
  }

  function notebook(code) {
    code = code === undefined ? SP.state.code : code;
    return weightsCode(modelName(code)).then(function (w) {
      return {text: JSON.stringify(notebookOf(code, w), null, 1) + '\n', weights: !!w};
    });
  }

  function fileBase() {
    var l = lesson();
    return l ? 'seqplay-' + l.id : 'seqplay';
  }

  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], {type: type}));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    note(t('exportDone', {file: name}));
  }

  function note(text) {
    var s = $('export-status');
    if (s) s.textContent = text;
  }

  function exportPy() { download(fileBase() + '.py', python(), 'text/x-python;charset=utf-8'); }

  function exportIpynb() {
    return notebook().then(function (nb) {
      download(fileBase() + '.ipynb', nb.text, 'application/x-ipynb+json;charset=utf-8');
      if (!nb.weights) note(t('exportNoWeights'));
      return nb;
    });
  }

  // ------------------------------------------------------------------ the menu button
  function buildMenu(tools) {
    var wrap = document.createElement('span');
    wrap.className = 'sp-menu ui-export';
    wrap.innerHTML = '<button type="button" id="export-open" aria-haspopup="menu" aria-expanded="false"' +
        ' aria-controls="export-menu"><span data-i18n="exportMenu"></span><span aria-hidden="true"> ▾</span></button>' +
        '<span class="sp-menu-list" id="export-menu" role="menu" hidden>' +
        '<button type="button" role="menuitem" id="export-py" tabindex="-1" data-i18n="exportPy"></button>' +
        '<button type="button" role="menuitem" id="export-ipynb" tabindex="-1" data-i18n="exportIpynb"></button>' +
        '</span><span id="export-status" class="sp-vh" role="status" aria-live="polite"></span>';
    tools.appendChild(wrap);
    var btn = $('export-open'), menu = $('export-menu');
    var items = [$('export-py'), $('export-ipynb')];
    function show(focusIndex) {
      menu.hidden = false;
      btn.setAttribute('aria-expanded', 'true');
      items[focusIndex || 0].focus();
    }
    function hide(focusButton) {
      menu.hidden = true;
      btn.setAttribute('aria-expanded', 'false');
      if (focusButton) btn.focus();
    }
    btn.addEventListener('click', function () { if (menu.hidden) show(0); else hide(false); });
    btn.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { show(0); e.preventDefault(); }
      if (e.key === 'ArrowUp') { show(items.length - 1); e.preventDefault(); }
    });
    menu.addEventListener('keydown', function (e) {
      var i = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown') { items[(i + 1) % items.length].focus(); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { items[(i + items.length - 1) % items.length].focus(); e.preventDefault(); }
      else if (e.key === 'Escape') { hide(true); e.preventDefault(); }
      else if (e.key === 'Tab') hide(false);
    });
    document.addEventListener('click', function (e) { if (!wrap.contains(e.target)) hide(false); });
    $('export-py').addEventListener('click', function () { hide(true); exportPy(); });
    $('export-ipynb').addEventListener('click', function () { hide(true); exportIpynb(); });
    SP.i18n.apply(wrap);
  }

  function init() {
    var tools = $('course-tools');
    if (tools) buildMenu(tools);
    SP.bus.on('run-started', function () { trained = false; });
    SP.bus.on('run-finished', function (e) {
      trained = !!(e.history && e.history.loss && e.history.loss.length);
    });
  }

  init();
  return {python: python, notebook: notebook, notebookOf: notebookOf, modelName: modelName,
    exportPy: exportPy, exportIpynb: exportIpynb};
})();
