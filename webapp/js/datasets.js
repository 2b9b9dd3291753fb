/* The dataset picker: the built-in datasets, a preview (first rows as a table and a scatter plot, asked from the
 * worker so the page shows exactly what the code will load), and inserting the loader line into the code. */
var SP = window.SP || (window.SP = {});

SP.datasets = (function () {
  var LIST = [
    {name: 'iris', module: 'sklearn.datasets', fn: 'load_iris', call: 'load_iris(return_X_y=True)', task: 'multiclass',
      desc: {ko: '붓꽃 150송이, 특성 4개, 품종 3개', en: '150 iris flowers, 4 features, 3 species'}},
    {name: 'breast_cancer', module: 'sklearn.datasets', fn: 'load_breast_cancer',
      call: 'load_breast_cancer(return_X_y=True)', task: 'binary',
      desc: {ko: '유방 종양 569건, 특성 30개, 양성/악성', en: '569 breast tumours, 30 features, benign/malignant'}},
    {name: 'wine', module: 'sklearn.datasets', fn: 'load_wine', call: 'load_wine(return_X_y=True)', task: 'multiclass',
      desc: {ko: '와인 178병, 특성 13개, 품종 3개', en: '178 wines, 13 features, 3 cultivars'}},
    {name: 'digits', module: 'sklearn.datasets', fn: 'load_digits', call: 'load_digits(return_X_y=True)',
      task: 'multiclass', desc: {ko: '8×8 손글씨 숫자 1797개, 특성 64개, 숫자 10개',
        en: '1797 handwritten 8×8 digits, 64 features, 10 digits'}},
    {name: 'diabetes', module: 'sklearn.datasets', fn: 'load_diabetes', call: 'load_diabetes(return_X_y=True)',
      task: 'regression', desc: {ko: '당뇨병 환자 442명, 특성 10개, 1년 뒤 진행 정도',
        en: '442 diabetes patients, 10 features, progression after one year'}},
    {name: 'moons', module: 'sklearn.datasets', fn: 'make_moons',
      call: 'make_moons(n_samples=200, noise=0.2, random_state=42)', task: 'binary',
      desc: {ko: '초승달 두 개 모양의 점 200개, 특성 2개', en: '200 points in two interleaving half-moons, 2 features'}},
    {name: 'circles', module: 'sklearn.datasets', fn: 'make_circles',
      call: 'make_circles(n_samples=200, noise=0.1, factor=0.5, random_state=42)', task: 'binary',
      desc: {ko: '안쪽 원과 바깥 원의 점 200개, 특성 2개', en: '200 points on an inner and an outer circle, 2 features'}},
    {name: 'blobs', module: 'sklearn.datasets', fn: 'make_blobs',
      call: 'make_blobs(n_samples=200, centers=3, random_state=42)', task: 'multiclass',
      desc: {ko: '세 무리로 모인 점 200개, 특성 2개', en: '200 points in three clusters, 2 features'}},
    {name: 'regression', module: 'sklearn.datasets', fn: 'make_regression',
      call: 'make_regression(n_samples=200, n_features=1, noise=10, random_state=42)', task: 'regression',
      desc: {ko: '직선 관계에 잡음을 더한 점 200개, 특성 1개', en: '200 points on a noisy line, 1 feature'}}
  ];

  var selected = null;
  var scatter = null;
  var opener = null;

  function byName(name) { return LIST.filter(function (d) { return d.name === name; })[0] || null; }

  /** The program with this dataset's import and loader line in place of the current x, y assignment. */
  function insertLoader(code, d) {
    var lines = code.split('\n');
    var importLine = 'from ' + d.module + ' import ' + d.fn;
    var assign = 'x, y = ' + d.call;
    var target = -1;
    for (var i = 0; i < lines.length; i++) {
      if (/^x\s*,\s*y\s*=\s*(load_\w+|make_\w+)\s*\(/.test(lines[i])) { target = i; break; }
    }
    if (target < 0) for (var j = 0; j < lines.length; j++) if (/^x\s*,\s*y\s*=/.test(lines[j])) { target = j; break; }
    var lastImport = -1;
    for (var k = 0; k < lines.length; k++) {
      if (/^(import|from)\s/.test(lines[k])) lastImport = k;
      else if (lines[k].trim() && !/^#/.test(lines[k].trim())) break;
    }
    if (target >= 0) lines[target] = assign;
    else lines.splice(lastImport + 1, 0, '', assign);
    var hasImport = lines.some(function (l) {
      var m = /^from\s+sklearn\.datasets\s+import\s+(.*)$/.exec(l);
      return m && m[1].split(',').map(function (s) { return s.trim(); }).indexOf(d.fn) >= 0;
    });
    if (hasImport) return lines.join('\n');
    // an import of a single loader the code no longer calls is replaced; otherwise the import is added
    for (var q = 0; q < lines.length; q++) {
      var single = /^from\s+sklearn\.datasets\s+import\s+(\w+)\s*$/.exec(lines[q]);
      if (single && !new RegExp('\\b' + single[1] + '\\s*\\(').test(lines.join('\n'))) {
        lines[q] = importLine;
        return lines.join('\n');
      }
    }
    lines.splice(Math.max(0, lastImport + 1), 0, importLine);
    return lines.join('\n');
  }

  function renderList() {
    var ul = document.getElementById('dataset-list');
    ul.innerHTML = '';
    LIST.forEach(function (d) {
      var li = document.createElement('li');
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = d.name;
      b.setAttribute('aria-pressed', String(selected === d));
      b.addEventListener('click', function () { select(d); });
      li.appendChild(b);
      ul.appendChild(li);
    });
  }

  function select(d) {
    selected = d;
    renderList();
    document.getElementById('dataset-desc').textContent = SP.i18n.pick(d.desc) + ' · ' +
        SP.i18n.t('datasetTask', {task: SP.i18n.t('task' + d.task.charAt(0).toUpperCase() + d.task.slice(1))});
    var tableBox = document.getElementById('dataset-table');
    tableBox.innerHTML = '';
    scatter.set(null);
    if (!SP.engine.isReady()) return;
    SP.engine.request({type: 'dataset', name: d.name}).then(function (msg) {
      if (selected !== d || msg.error) return;
      tableBox.appendChild(SP.Console.table(msg.columns, msg.rows, msg.index, d.name));
      var cap = document.createElement('p');
      cap.className = 'sp-caption';
      cap.textContent = SP.i18n.t('datasetRows', {rows: msg.total, cols: msg.columns.length, shown: msg.rows.length});
      tableBox.appendChild(cap);
      if (msg.points) {
        scatter.set({points: msg.points, labels: msg.task === 'regression' ? null : msg.labels,
          xLabel: msg.xLabel, yLabel: msg.yLabel});
        document.getElementById('dataset-scatter').setAttribute('aria-label', d.name + ': ' + msg.xLabel + ' / ' + msg.yLabel);
      }
    });
  }

  function open() {
    opener = document.activeElement;
    var dlg = document.getElementById('dataset-dialog');
    dlg.hidden = false;
    renderList();
    if (!selected) select(LIST[0]); else select(selected);
    var first = dlg.querySelector('[aria-pressed="true"]') || dlg.querySelector('button');
    first.focus();
  }

  function close() {
    document.getElementById('dataset-dialog').hidden = true;
    if (opener && opener.focus) opener.focus();
  }

  function init(onInsert) {
    scatter = SP.charts.scatter(document.getElementById('dataset-scatter'));
    document.getElementById('dataset-open').addEventListener('click', open);
    document.getElementById('dataset-close').addEventListener('click', close);
    document.getElementById('dataset-insert').addEventListener('click', function () {
      if (!selected) return;
      onInsert(selected);
      close();
    });
    var dlg = document.getElementById('dataset-dialog');
    dlg.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { close(); e.preventDefault(); }
      if (e.key === 'Tab') { // keep focus inside the dialog
        var f = Array.prototype.filter.call(dlg.querySelectorAll('button, summary, [tabindex="0"]'),
            function (el) { return el.offsetParent !== null; });
        if (!f.length) return;
        if (e.shiftKey && document.activeElement === f[0]) { f[f.length - 1].focus(); e.preventDefault(); }
        else if (!e.shiftKey && document.activeElement === f[f.length - 1]) { f[0].focus(); e.preventDefault(); }
      }
    });
    dlg.addEventListener('click', function (e) { if (e.target === dlg) close(); });
  }

  return {list: LIST, byName: byName, insertLoader: insertLoader, init: init, open: open, close: close};
})();
