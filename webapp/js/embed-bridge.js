/* The embedding contract (docs/embedding.md): when the playground is framed, it reports its runs to the parent
 * window with postMessage and takes a few commands from it. The same script runs in index.html, embed.html and
 * the offline file.
 *
 * Events to the parent, each {type: 'seqplay:<name>', ...}: ready {version, protocol}, resize {height},
 * run-started, epoch {epoch, epochs, logs}, output {text}, run-finished {ok, history, error?: {line, column,
 * message}}, lesson-passed {lesson}.
 * Commands from the parent ({type: 'seqplay:<name>', ...}): set-code {code}, run, stop, set-lang {lang},
 * load-lesson {lesson}.
 *
 * ?origin=https://course.example restricts both directions to that origin: events are posted with it as the
 * target origin and commands from any other origin are ignored. Without it events go to any parent, and commands
 * are read only from the parent window itself. Commands are plain data: nothing the host sends is evaluated as
 * script (code goes into the editor and runs in the engine's Python interpreter, nowhere else). */
var SP = window.SP || (window.SP = {});

SP.embed = (function () {
  var PROTOCOL = 1;
  var params = new URLSearchParams(location.search);
  var framed = window.parent !== window;
  var origin = allowedOrigin(params.get('origin'));
  var readySent = false;
  var pendingRun = false;
  var lastHeight = -1;

  /** The origin= parameter as an exact origin; '' when absent; null when malformed (then nothing is exchanged). */
  function allowedOrigin(value) {
    if (value === null || value === '') return '';
    try {
      var u = new URL(value);
      return /^https?:$/.test(u.protocol) && u.origin === value.replace(/\/$/, '') ? u.origin : null;
    } catch (e) { return null; }
  }

  function send(name, data) {
    if (!framed || origin === null) return;
    var msg = {type: 'seqplay:' + name};
    if (data) Object.keys(data).forEach(function (k) { if (data[k] !== undefined) msg[k] = data[k]; });
    try { window.parent.postMessage(msg, origin || '*'); } catch (e) { /* a parent that went away */ }
  }

  /** Histories hold Float64Arrays; hosts get plain arrays of numbers. */
  function plainHistory(h) {
    var out = {};
    Object.keys(h || {}).forEach(function (k) { out[k] = Array.prototype.slice.call(h[k]); });
    return out;
  }

  function version() { return SP.state.engine ? String(SP.state.engine.version) : ''; }

  function onEngineReady() {
    if (!SP.state.engine) return;
    if (!readySent) {
      readySent = true;
      send('ready', {version: version(), protocol: PROTOCOL});
    }
    if (pendingRun) { pendingRun = false; SP.ui.runAll(); }
  }

  function measure() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h !== lastHeight) { lastHeight = h; send('resize', {height: h}); }
  }

  function command(e) {
    if (!framed || e.source !== window.parent || origin === null) return;
    if (origin && e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d !== 'object' || typeof d.type !== 'string') return;
    var name = d.type.indexOf('seqplay:') === 0 ? d.type.slice(8) : d.type;
    switch (name) {
      case 'set-code':
        if (typeof d.code === 'string' && !SP.state.running) SP.ui.setCode(d.code);
        break;
      case 'run':
        if (SP.state.running) break;
        if (SP.state.engine) SP.ui.runAll(); else pendingRun = true;
        break;
      case 'stop':
        pendingRun = false;
        SP.ui.stop();
        break;
      case 'set-lang':
        if (d.lang === 'ko' || d.lang === 'en') {
          var sel = document.getElementById('lang-select');
          if (sel.value !== d.lang) { sel.value = d.lang; sel.dispatchEvent(new Event('change')); }
        }
        break;
      case 'load-lesson':
        if (typeof d.lesson === 'string' && !SP.state.running && SP.lessons) SP.lessons.open(d.lesson);
        break;
    }
  }

  function init() {
    if (params.get('embed') === '1') document.documentElement.classList.add('sp-embed');
    if (!framed) return;
    document.documentElement.classList.add('sp-framed');
    window.addEventListener('message', command);
    SP.bus.on('change', function (keys) { if (keys.indexOf('engine') >= 0) onEngineReady(); });
    SP.bus.on('run-started', function () { send('run-started'); });
    SP.bus.on('epoch', function (e) { send('epoch', {epoch: e.epoch, epochs: e.epochs, logs: e.logs}); });
    SP.bus.on('output', function (e) { send('output', {text: e.text}); });
    SP.bus.on('run-finished', function (e) {
      send('run-finished', {ok: e.ok, history: plainHistory(e.history),
        error: e.error ? {line: e.error.line, column: e.error.column, message: e.error.message} : undefined});
    });
    SP.bus.on('lesson-passed', function (e) { send('lesson-passed', {lesson: e.lesson}); });
    if (window.ResizeObserver) new ResizeObserver(measure).observe(document.documentElement);
    window.addEventListener('load', measure);
    measure();
    onEngineReady();
  }

  init();
  return {framed: framed, origin: origin, send: send, protocol: PROTOCOL};
})();
