/* "Share": the program, its lesson, seed and dataset in the URL fragment, so that opening the link restores the
 * exact run. Nothing is sent anywhere: the fragment never leaves the browser, and the link works from file://.
 *
 * Fragment: #s=<format><base64url>, format '1' = deflate-raw (CompressionStream) of the UTF-8 JSON payload,
 * '0' = the JSON uncompressed (browsers without CompressionStream). Payload:
 *   {v: 1, code, lesson: id|null, seed: int|null, dataset: name|null, files: [{name, text}], run: bool}
 * `files` are the learner's uploaded CSVs the code reads (kept small); `run` asks the opened page to run the code
 * once the engine is ready (the sharer had run it). */
var SP = window.SP || (window.SP = {});

SP.i18n.extend({
  ko: {share: '공유', shareTitle: '링크로 공유', shareHelp: '이 링크를 열면 같은 코드, 수업, 시드로 같은 실행을 다시 볼 수 있습니다. 코드는 링크 안에만 들어 있고 어디에도 보내지지 않습니다.',
    shareCopy: '복사', shareCopied: '복사했습니다.', shareCopyFailed: '자동 복사가 막혀 있습니다. 링크를 선택해서 복사하세요.',
    shareLong: '링크가 깁니다 ({n}자). 메신저에 따라 잘릴 수 있습니다.', shareLink: '공유 링크',
    shareBroken: '공유 링크를 읽지 못했습니다. 링크가 잘리지 않았는지 확인하세요.'},
  en: {share: 'Share', shareTitle: 'Share as a link', shareHelp: 'Opening this link shows the same code, lesson and seed, and repeats the same run. The code lives only in the link; nothing is uploaded.',
    shareCopy: 'Copy', shareCopied: 'Copied.', shareCopyFailed: 'Copying was blocked; select the link and copy it.',
    shareLong: 'The link is long ({n} characters); some messengers cut long links.', shareLink: 'Share link',
    shareBroken: 'The shared link could not be read. Check that it was not cut off.'}
});

SP.share = (function () {
  var t = SP.i18n.t;
  var $ = function (id) { return document.getElementById(id); };
  var KEY = 's=';
  var MAX_FILES_BYTES = 64 * 1024;
  var DATASETS = {load_iris: 'iris', load_breast_cancer: 'breast_cancer', load_wine: 'wine', load_digits: 'digits',
    load_diabetes: 'diabetes', make_moons: 'moons', make_circles: 'circles', make_blobs: 'blobs',
    make_regression: 'regression'};
  var lastRunOk = false;

  function toBase64url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64url(text) {
    var b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    while (b64.length % 4) b64 += '=';
    var s = atob(b64), bytes = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    return bytes;
  }

  function pipe(bytes, stream) {
    return new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer()
        .then(function (b) { return new Uint8Array(b); });
  }

  var compressed = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

  /** The payload as a fragment value (without '#s='). */
  function encode(payload) {
    var bytes = new TextEncoder().encode(JSON.stringify(payload));
    if (!compressed) return Promise.resolve('0' + toBase64url(bytes));
    return pipe(bytes, new CompressionStream('deflate-raw')).then(function (z) { return '1' + toBase64url(z); });
  }

  function decode(value) {
    return Promise.resolve().then(function () {
      var bytes = fromBase64url(value.slice(1));
      if (value[0] === '0') return bytes;
      if (value[0] === '1') return pipe(bytes, new DecompressionStream('deflate-raw'));
      throw new Error('unknown share format');
    }).then(function (bytes) {
      var p = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes));
      if (!p || typeof p !== 'object' || typeof p.code !== 'string') throw new Error('not a shared program');
      return {
        code: p.code,
        lesson: typeof p.lesson === 'string' ? p.lesson : null,
        seed: typeof p.seed === 'number' && Math.floor(p.seed) === p.seed ? p.seed : null,
        dataset: typeof p.dataset === 'string' ? p.dataset : null,
        files: Array.isArray(p.files) ? p.files.filter(function (f) {
          return f && typeof f.name === 'string' && typeof f.text === 'string';
        }) : [],
        run: p.run === true
      };
    });
  }

  /** The built-in dataset the code loads (load_iris → iris), else the lesson's. */
  function datasetOf(code, lesson) {
    var m = /\b(load_\w+|make_\w+)\s*\(/.exec(code);
    if (m && DATASETS[m[1]]) return DATASETS[m[1]];
    return lesson && lesson.dataset ? lesson.dataset : null;
  }

  /** Uploaded CSVs the code names, as long as they stay small. */
  function filesOf(code) {
    if (!SP.userData) return Promise.resolve([]);
    return SP.userData.files().then(function (files) {
      var used = files.filter(function (f) { return code.indexOf(f.name) >= 0; })
          .map(function (f) { return {name: f.name, text: SP.userData.text(f)}; })
          .filter(function (f) { return f.text !== null; });
      var size = used.reduce(function (s, f) { return s + f.text.length; }, 0);
      return size <= MAX_FILES_BYTES ? used : [];
    }).catch(function () { return []; });
  }

  function payload() {
    var lesson = SP.lessons ? SP.lessons.current() : null;
    var code = SP.state.code;
    return filesOf(code).then(function (files) {
      return {v: 1, code: code, lesson: lesson ? lesson.id : null, seed: SP.lessons ? SP.lessons.seed() : null,
        dataset: datasetOf(code, lesson), files: files, run: lastRunOk};
    });
  }

  /** The link for the current program: the full playground page with the fragment. */
  function link() {
    return payload().then(encode).then(function (value) {
      var path = location.pathname.replace(/embed\.html$/, 'index.html');
      return location.protocol + '//' + location.host + path + '#' + KEY + value;
    });
  }

  // ------------------------------------------------------------------ the share dialog
  var opener = null;

  function buildDialog() {
    var dlg = document.createElement('div');
    dlg.id = 'share-dialog';
    dlg.className = 'sp-dialog';
    dlg.setAttribute('role', 'dialog');
    dlg.setAttribute('aria-modal', 'true');
    dlg.setAttribute('aria-labelledby', 'share-title');
    dlg.hidden = true;
    dlg.innerHTML = '<div class="sp-dialog-box sp-share-box">' +
        '<div class="sp-dialog-head"><h2 id="share-title" data-i18n="shareTitle"></h2>' +
        '<button type="button" id="share-close" class="sp-small" data-i18n="close"></button></div>' +
        '<div class="sp-share-body"><p class="sp-caption" data-i18n="shareHelp"></p>' +
        '<label class="sp-share-field"><span class="sp-vh" data-i18n="shareLink"></span>' +
        '<input type="text" id="share-url" readonly spellcheck="false"></label>' +
        '<div class="sp-share-actions"><button type="button" id="share-copy" class="sp-primary" data-i18n="shareCopy"></button>' +
        '<span id="share-status" role="status" aria-live="polite"></span></div></div></div>';
    document.body.appendChild(dlg);
    SP.i18n.apply(dlg);
    $('share-close').addEventListener('click', closeDialog);
    $('share-copy').addEventListener('click', copy);
    dlg.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { closeDialog(); e.preventDefault(); }
      if (e.key === 'Tab') {
        var f = [$('share-close'), $('share-url'), $('share-copy')];
        if (e.shiftKey && document.activeElement === f[0]) { f[2].focus(); e.preventDefault(); }
        else if (!e.shiftKey && document.activeElement === f[2]) { f[0].focus(); e.preventDefault(); }
      }
    });
    dlg.addEventListener('click', function (e) { if (e.target === dlg) closeDialog(); });
  }

  function copy() {
    var input = $('share-url');
    input.focus();
    input.select();
    var status = $('share-status');
    var done = function () { status.textContent = t('shareCopied'); };
    var fail = function () { status.textContent = t('shareCopyFailed'); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(input.value).then(done, fail);
    else fail();
  }

  function openDialog() {
    opener = document.activeElement;
    return link().then(function (url) {
      $('share-url').value = url;
      $('share-status').textContent = url.length > 8000 ? t('shareLong', {n: url.length}) : '';
      $('share-dialog').hidden = false;
      $('share-url').focus();
      $('share-url').select();
      return url;
    });
  }

  function closeDialog() {
    $('share-dialog').hidden = true;
    if (opener && opener.focus && document.body.contains(opener)) opener.focus();
  }

  // ------------------------------------------------------------------ opening a shared link
  function restore(value) {
    return decode(value).then(function (p) {
      var saveFiles = SP.userData && p.files.length ? Promise.all(p.files.map(function (f) {
        return SP.userData.putFile(f.name, f.text);
      })) : Promise.resolve();
      return saveFiles.then(function () {
        SP.lessons.openShared(p);
        // the link did its job; a reload keeps the (possibly edited) shared code from storage
        history.replaceState(null, '', location.pathname + location.search);
        if (p.run) runWhenReady();
        SP.bus.emit('share-restored', {lesson: p.lesson, seed: p.seed});
        return p;
      });
    }).catch(function (e) {
      var c = $('console');
      if (c) {
        var note = document.createElement('p');
        note.className = 'sp-note sp-note-stop';
        note.textContent = t('shareBroken');
        c.appendChild(note);
      }
      throw e;
    });
  }

  /** Runs once the engine is ready (a worker gets the stored files, a shared CSV included, before 'ready'). */
  function runWhenReady() {
    if (SP.state.engine && !SP.state.running) { SP.ui.runAll(); return; }
    var fn = function (keys) {
      if (keys.indexOf('engine') < 0 || !SP.state.engine) return;
      SP.bus.off('change', fn);
      setTimeout(function () { SP.ui.runAll(); }, 0);
    };
    SP.bus.on('change', fn);
  }

  function init() {
    buildDialog();
    var tools = $('course-tools');
    if (tools) {
      var b = document.createElement('button');
      b.type = 'button';
      b.id = 'share-open';
      b.className = 'ui-share';
      b.setAttribute('aria-haspopup', 'dialog');
      b.setAttribute('data-i18n', 'share');
      b.addEventListener('click', function () { openDialog(); });
      tools.appendChild(b);
      SP.i18n.apply(tools);
    }
    SP.bus.on('run-started', function () { lastRunOk = false; });
    SP.bus.on('run-finished', function (e) { lastRunOk = !!e.ok; });
    SP.bus.on('change', function (keys) {
      if (keys.indexOf('lang') >= 0) SP.i18n.apply($('share-dialog'));
      if (keys.indexOf('code') >= 0) lastRunOk = false;
    });
    var hash = location.hash.replace(/^#/, '');
    if (hash.indexOf(KEY) === 0) restore(hash.slice(KEY.length)).catch(function () { /* reported in the console */ });
  }

  init();
  return {encode: encode, decode: decode, link: link, open: openDialog, restore: restore};
})();
