/* CSV uploads: the learner's own files, which pd.read_csv('name.csv') then reads in the engine (as files dropped
 * into Colab's file panel). The files stay in this page's memory (nothing leaves the browser) and are sent again
 * to a worker that was restarted. The size limit and its message are the data layer's: a file over 20 MB is
 * not read here at all, the engine answers with its refusal. */
var SP = window.SP || (window.SP = {});

SP.uploads = (function () {
  var LIMIT = 20 * 1024 * 1024;
  var TEXT = {
    upload: {ko: 'CSV 파일 올리기…', en: 'Upload a CSV file…'},
    yours: {ko: '올린 파일', en: 'Your files'},
    insert: {ko: '코드에 넣기', en: 'Insert into code'},
    uploaded: {ko: '{name} 을(를) 올렸습니다. 코드에서 pd.read_csv(\'{name}\') 로 읽으세요.',
      en: 'Uploaded {name}. Read it in your code with pd.read_csv(\'{name}\').'}
  };
  var files = {}; // name -> {bytes: ArrayBuffer or null (over the limit), size}
  var onInsert = null;

  function text(key, name) { return SP.i18n.pick(TEXT[key]).split('{name}').join(name || ''); }

  function send(name) {
    var f = files[name];
    return SP.engine.request({type: 'file', name: name, size: f.size, bytes: f.bytes ? f.bytes.slice(0) : null});
  }

  function status(message, isError) {
    var el = document.getElementById('upload-status');
    el.textContent = message;
    el.classList.toggle('sp-upload-error', !!isError);
  }

  function add(file) {
    var read = file.size > LIMIT ? Promise.resolve(null) : file.arrayBuffer();
    return read.then(function (bytes) {
      files[file.name] = {bytes: bytes, size: file.size};
      return send(file.name);
    }).then(function (answer) {
      if (!answer.ok) {
        delete files[file.name];
        var e = answer.error || {};
        var hint = e.hint ? ' ' + SP.i18n.pick(e.hint) : '';
        status(e.exception + ': ' + e.message + hint, true);
      } else {
        status(text('uploaded', file.name), false);
        SP.bus.emit('file-uploaded', {name: file.name, bytes: files[file.name].bytes, size: file.size}); // kept: js/userdata.js
      }
      render();
    });
  }

  /** The program with {@code import pandas as pd} and {@code df = pd.read_csv('name')} after its imports. */
  function insertReadCsv(code, name) {
    var lines = code.split('\n');
    var lastImport = -1;
    for (var i = 0; i < lines.length; i++) {
      if (/^(import|from)\s/.test(lines[i])) lastImport = i;
      else if (lines[i].trim() && !/^#/.test(lines[i].trim())) break;
    }
    var literal = /['\\]/.test(name) ? JSON.stringify(name) : '\'' + name + '\'';
    var insert = [];
    if (!lines.some(function (l) { return /^import\s+pandas\s+as\s+pd\s*$/.test(l); })) insert.push('import pandas as pd');
    insert.push('', 'df = pd.read_csv(' + literal + ')');
    Array.prototype.splice.apply(lines, [lastImport + 1, 0].concat(insert));
    return lines.join('\n');
  }

  function render() {
    document.getElementById('upload-label').textContent = text('upload');
    var list = document.getElementById('upload-list');
    list.innerHTML = '';
    var names = Object.keys(files);
    document.getElementById('upload-title').textContent = names.length ? text('yours') : '';
    names.forEach(function (name) {
      var li = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = name;
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'sp-small';
      b.textContent = text('insert');
      b.setAttribute('aria-label', text('insert') + ': pd.read_csv(\'' + name + '\')');
      b.addEventListener('click', function () { if (onInsert) onInsert(name); });
      li.appendChild(code);
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  function init(insert) {
    onInsert = insert;
    var input = document.getElementById('upload-input');
    input.addEventListener('change', function () {
      var chosen = Array.prototype.slice.call(input.files || []);
      input.value = '';
      chosen.reduce(function (p, f) { return p.then(function () { return add(f); }); }, Promise.resolve());
    });
    SP.engine.onMessage(function (msg) { // a new worker knows nothing of the files sent to the old one
      if (msg.type === 'ready') Object.keys(files).forEach(send);
    });
    SP.bus.on('change', function (keys) { if (keys.indexOf('lang') >= 0) render(); });
    render();
  }

  /** A file kept from an earlier visit (js/userdata.js): listed again; a fresh worker gets it before 'ready'. */
  function restore(name, bytes, size) {
    if (files[name]) return;
    files[name] = {bytes: bytes, size: size};
    render();
  }

  return {init: init, insertReadCsv: insertReadCsv, restore: restore, names: function () { return Object.keys(files); }};
})();
