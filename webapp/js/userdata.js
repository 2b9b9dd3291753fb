/* What the playground keeps about the learner, all in this browser: code, language and lesson progress in
 * localStorage ('seqplay.*'), uploaded files in IndexedDB (database 'seqplay', store 'files', the bytes as
 * uploaded). Nothing is sent anywhere. Stored files are handed to the engine worker whenever it (re)starts, so
 * read_csv('scores.csv') keeps working after a reload. "Clear my data" deletes both and reloads the page.
 *
 *   SP.userData.putFile(name, bytes) → Promise      saves (or replaces) a file (ArrayBuffer or string) and gives
 *                                                   it to the worker; resolves to the worker's answer
 *   SP.userData.files()              → Promise<[{name, bytes, size, added}]>
 *   SP.userData.text(file)           → the file as UTF-8 text, or null when it is not valid UTF-8
 *   SP.userData.deleteFile(name)     → Promise
 *   SP.userData.clearAll()           → Promise      localStorage seqplay.* and the database */
var SP = window.SP || (window.SP = {});

SP.i18n.extend({
  ko: {keptHere: '코드, 수업 진도, 올린 CSV 파일은 이 브라우저에만 저장됩니다.', clearData: '내 데이터 지우기', clearDataTitle: '이 브라우저에 저장된 코드, 수업 진도, 올린 CSV 파일을 모두 지웁니다',
    clearDataConfirm: '이 브라우저에 저장된 내 코드, 수업 진도, 올린 CSV 파일을 모두 지울까요? 되돌릴 수 없습니다.'},
  en: {keptHere: 'Your code, lesson progress and uploaded CSV files are kept in this browser only.', clearData: 'Clear my data', clearDataTitle: 'Deletes the code, lesson progress and uploaded CSV files kept in this browser',
    clearDataConfirm: 'Delete your code, lesson progress and uploaded CSV files kept in this browser? This cannot be undone.'}
});

SP.userData = (function () {
  var DB = 'seqplay', STORE = 'files', PREFIX = 'seqplay.';

  function db() {
    return new Promise(function (resolve, reject) {
      if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
      var req = indexedDB.open(DB, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE, {keyPath: 'name'}); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function tx(mode, fn) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var x = d.transaction(STORE, mode);
        var result = fn(x.objectStore(STORE));
        x.oncomplete = function () { d.close(); resolve(result && 'result' in result ? result.result : undefined); };
        x.onerror = function () { d.close(); reject(x.error); };
      });
    });
  }

  function bytesOf(data) {
    if (data instanceof ArrayBuffer) return data.slice(0);
    if (ArrayBuffer.isView(data)) return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    return new TextEncoder().encode(String(data)).buffer;
  }

  function store(name, data) {
    var file = {name: String(name), bytes: bytesOf(data), added: Date.now()};
    file.size = file.bytes.byteLength;
    return tx('readwrite', function (s) { return s.put(file); }).then(function () { return file; });
  }

  function putFile(name, data) {
    return store(name, data).then(function (file) {
      if (SP.uploads && SP.uploads.restore) SP.uploads.restore(file.name, file.bytes, file.size);
      return send(file);
    });
  }

  function text(file) {
    try { return new TextDecoder('utf-8', {fatal: true}).decode(file.bytes); } catch (e) { return null; }
  }

  /**
   * Gives a stored file to the engine ({type: 'file', name, bytes, size}, docs/worker-protocol.md); a worker that
   * is not ready yet gets it from sendAll before the page hears 'ready'.
   */
  function send(file, booting) {
    if (!SP.engine || !(booting || SP.engine.isReady())) return Promise.resolve(null);
    return SP.engine.request({type: 'file', name: file.name, bytes: file.bytes.slice(0), size: file.size});
  }

  function sendAll() {
    return files().then(function (list) {
      return Promise.all(list.map(function (f) { return send(f, true); }));
    }).catch(function () { return []; });
  }

  function files() {
    return tx('readonly', function (s) { return s.getAll(); }).then(function (list) { return list || []; });
  }

  function deleteFile(name) { return tx('readwrite', function (s) { return s.delete(String(name)); }); }

  function clearStorage() {
    try {
      var keys = [];
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf(PREFIX) === 0) keys.push(k);
      }
      keys.forEach(function (k) { localStorage.removeItem(k); });
    } catch (e) { /* storage disabled: nothing kept */ }
  }

  function clearAll() {
    clearStorage();
    return new Promise(function (resolve) {
      if (!window.indexedDB) { resolve(); return; }
      var req = indexedDB.deleteDatabase(DB);
      req.onsuccess = req.onerror = req.onblocked = function () { resolve(); };
    });
  }

  /** The "clear my data" button sits in the lesson list's footer, beside what is kept and where. */
  function init() {
    if (SP.engine && SP.engine.beforeReady) SP.engine.beforeReady(sendAll);
    // files uploaded in the dataset dialog (js/uploads.js) are kept, and listed there again on the next visit
    SP.bus.on('file-uploaded', function (e) { if (e.bytes) store(e.name, e.bytes).catch(function () {}); });
    files().then(function (list) {
      list.forEach(function (f) { if (SP.uploads && SP.uploads.restore) SP.uploads.restore(f.name, f.bytes, f.size); });
    }).catch(function () { /* no IndexedDB: uploads last as long as the page */ });
    var box = document.querySelector('#lesson-dialog .sp-dialog-box');
    if (!box) return;
    var foot = document.createElement('div');
    foot.className = 'sp-lesson-dialog-foot ui-clear-data';
    var p = document.createElement('p');
    p.setAttribute('data-i18n', 'keptHere');
    foot.appendChild(p);
    box.appendChild(foot);
    var b = document.createElement('button');
    b.type = 'button';
    b.id = 'clear-data';
    b.className = 'sp-small sp-clear-data ui-clear-data';
    b.setAttribute('data-i18n', 'clearData');
    b.setAttribute('data-i18n-title', 'clearDataTitle');
    b.addEventListener('click', function () {
      if (!window.confirm(SP.i18n.t('clearDataConfirm'))) return;
      // pending writes (code typed in the last 300 ms) must not come back after the clear
      SP.store.persistAs('code', null);
      clearAll().then(function () { location.replace(location.pathname + location.search); });
    });
    foot.appendChild(b);
    SP.i18n.apply(foot);
  }

  init();
  return {putFile: putFile, files: files, text: text, deleteFile: deleteFile, clearAll: clearAll, sendAll: sendAll};
})();
