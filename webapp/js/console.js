/* Console rendering: exactly the text the CLI prints (prints, summary, the epoch log), the progress line
 * replaced in place while an epoch runs, the summary also as an HTML table, DataFrames as tables, and errors
 * with their ko/en hint. Both hint languages are rendered; CSS shows the current one, so switching language
 * needs no re-render. */
var SP = window.SP || (window.SP = {});

SP.Console = (function () {
  var BAR = /^(\s*\d+\/\d+ )(━+)(.*)$/;
  var MAX_CHARS = 400000; // beyond this the oldest output is dropped, so a print in a long loop cannot stall the page

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** Appends one line to a <pre>, colouring the done part of a Keras progress bar. */
  function appendLine(pre, line) {
    var m = BAR.exec(line);
    if (!m) { pre.appendChild(document.createTextNode(line)); return; }
    var counts = /(\d+)\/(\d+)/.exec(m[1]);
    var done = Math.floor(m[2].length * Number(counts[1]) / Math.max(1, Number(counts[2])));
    pre.appendChild(document.createTextNode(m[1]));
    if (done > 0) pre.appendChild(el('span', 'sp-bar-done', m[2].slice(0, done)));
    if (done < m[2].length) pre.appendChild(el('span', 'sp-bar-todo', m[2].slice(done)));
    pre.appendChild(document.createTextNode(m[3]));
  }

  function appendText(pre, text) {
    var lines = text.split('\n');
    lines.forEach(function (line, i) {
      if (i > 0) pre.appendChild(document.createTextNode('\n'));
      if (line) appendLine(pre, line);
    });
  }

  function hintEl(hint) {
    var box = el('div', 'sp-hint');
    ['ko', 'en'].forEach(function (l) {
      if (hint && hint[l]) {
        var p = el('p', null);
        p.appendChild(el('strong', null, l === 'ko' ? '도움말: ' : 'Hint: '));
        p.appendChild(document.createTextNode(hint[l]));
        p.setAttribute('data-lang', l);
        p.lang = l;
        box.appendChild(p);
      }
    });
    return box;
  }

  /** A table element from {columns, index?, rows}; caption is the accessible name. */
  function table(columns, rows, index, caption, indexName) {
    var t = el('table', 'sp-table');
    if (caption) t.appendChild(el('caption', 'sp-vh', caption));
    var thead = el('thead');
    var hr = el('tr');
    if (index) hr.appendChild(el('th', null, indexName || ''));
    columns.forEach(function (c) {
      var th = el('th', null, String(c));
      th.scope = 'col';
      hr.appendChild(th);
    });
    thead.appendChild(hr);
    t.appendChild(thead);
    var tbody = el('tbody');
    rows.forEach(function (r, i) {
      var tr = el('tr');
      if (index) {
        var th = el('th', null, String(index[i]));
        th.scope = 'row';
        tr.appendChild(th);
      }
      r.forEach(function (v) {
        var td = el('td', null, v === null || v === undefined ? '' : String(v));
        if (typeof v === 'number' || /^-?[\d.,]+(e[-+]?\d+)?$/i.test(String(v))) td.className = 'sp-num';
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    t.appendChild(tbody);
    return t;
  }

  function Console(root) {
    this.root = root;
    this.pre = null;
    this.liveEl = null;
    this.chars = 0;
  }

  Console.prototype.atBottom = function () {
    var r = this.root;
    return r.scrollTop + r.clientHeight >= r.scrollHeight - 8;
  };

  /**
   * Called before each change: whether to follow the output is read once per frame (before this frame's
   * changes, while layout is clean) and the scroll happens once, in the next frame. Reading scrollHeight after
   * every line would force a layout per line while a fit streams.
   */
  Console.prototype.follow = function () {
    if (this.scrollPending) return;
    var self = this;
    this.scrollPending = true;
    this.stick = this.atBottom();
    requestAnimationFrame(function () {
      self.scrollPending = false;
      if (self.stick) self.root.scrollTop = self.root.scrollHeight;
    });
  };

  Console.prototype.add = function (node) {
    this.follow();
    if (this.liveEl && this.liveEl.parentNode === this.root) this.root.insertBefore(node, this.liveEl);
    else this.root.appendChild(node);
    this.trim();
    return node;
  };

  Console.prototype.trim = function () {
    while (this.chars > MAX_CHARS && this.root.firstChild && this.root.firstChild !== this.liveEl) {
      this.chars -= (this.root.firstChild.textContent || '').length;
      if (this.root.firstChild === this.pre) this.pre = null;
      this.root.removeChild(this.root.firstChild);
    }
  };

  Console.prototype.clear = function () {
    this.root.innerHTML = '';
    this.pre = null;
    this.liveEl = null;
    this.chars = 0;
  };

  /**
   * Appends printed text (may hold several lines; a line ends with '\n'). Ends any live line. cls 'sp-stderr'
   * marks standard error (Python's warnings), set apart as Colab does.
   */
  Console.prototype.write = function (text, cls) {
    this.endLive();
    if (!text) return;
    this.follow();
    var want = 'sp-out' + (cls ? ' ' + cls : '');
    if (this.pre && this.pre.className !== want) this.pre = null;
    if (!this.pre) this.pre = this.add(el('pre', want));
    appendText(this.pre, text);
    this.chars += text.length;
    this.trim();
  };

  /** Shows the progress line, replacing the previous one in place. */
  Console.prototype.live = function (line) {
    this.follow();
    if (!this.liveEl) {
      this.liveEl = el('pre', 'sp-out sp-live');
      this.liveEl.setAttribute('aria-hidden', 'true'); // announced once per epoch by the final line instead
      this.root.appendChild(this.liveEl);
    }
    this.liveEl.textContent = '';
    appendLine(this.liveEl, line);
  };

  Console.prototype.endLive = function () {
    if (this.liveEl) this.liveEl.remove();
    this.liveEl = null;
  };

  /** A block that is not plain text: later text starts a new <pre> below it. */
  Console.prototype.block = function (node) {
    this.endLive();
    this.pre = null;
    this.chars += (node.textContent || '').length;
    return this.add(node);
  };

  /** model.summary(): the exact text, and the same rows as an HTML table. */
  Console.prototype.summary = function (msg) {
    var box = el('div', 'sp-summary');
    var pre = el('pre', 'sp-out', msg.text);
    box.appendChild(pre);
    var details = el('details', 'sp-alt');
    var sum = el('summary', null, SP.i18n.t('showTable'));
    sum.setAttribute('data-i18n', 'showTable');
    details.appendChild(sum);
    var rows = (msg.rows || []).map(function (r) { return [r.name + ' (' + r.type + ')', r.shape, r.params]; });
    details.appendChild(table(['Layer (type)', 'Output Shape', 'Param #'], rows, null, msg.title || 'model.summary()'));
    if (msg.totals) {
      var ul = el('ul', 'sp-totals');
      msg.totals.forEach(function (line) { ul.appendChild(el('li', null, line)); });
      details.appendChild(ul);
    }
    box.appendChild(details);
    return this.block(box);
  };

  /** A DataFrame (or any table): HTML table first, the printed text on request. */
  /** A matplotlib figure (plt.show() or the end of the run) drawn where the program showed it. */
  Console.prototype.figure = function (msg) {
    return this.block(SP.figures.render(msg.figure));
  };

  Console.prototype.table = function (msg) {
    var box = el('div', 'sp-frame');
    var wrap = el('div', 'sp-table-wrap');
    wrap.appendChild(table(msg.columns || [], msg.rows || [], msg.index, msg.title || 'DataFrame', msg.indexName));
    box.appendChild(wrap);
    if (msg.footer) box.appendChild(el('p', 'sp-caption', msg.footer));
    if (msg.text) {
      var details = el('details', 'sp-alt');
      var sum = el('summary', null, SP.i18n.t('showText'));
      sum.setAttribute('data-i18n', 'showText');
      details.appendChild(sum);
      details.appendChild(el('pre', 'sp-out', msg.text));
      box.appendChild(details);
    }
    return this.block(box);
  };

  /** A Python-style error report with its teaching hint. */
  Console.prototype.error = function (msg) {
    var box = el('div', 'sp-error');
    box.setAttribute('role', 'alert');
    box.appendChild(el('pre', 'sp-out', msg.text || (msg.exception + ': ' + msg.message)));
    if (msg.hint && (msg.hint.ko || msg.hint.en)) box.appendChild(hintEl(msg.hint));
    return this.block(box);
  };

  /** Checker warnings: line, message and hint. */
  Console.prototype.warnings = function (items) {
    if (!items || !items.length) return null;
    var box = el('div', 'sp-warnings');
    items.forEach(function (w) {
      var item = el('div', 'sp-warning');
      var head = el('pre', 'sp-out', 'line ' + w.line + ': ' + (w.category ? w.category + ': ' : '') + w.message);
      item.appendChild(head);
      if (w.hint) item.appendChild(hintEl(w.hint));
      box.appendChild(item);
    });
    return this.block(box);
  };

  /** A short localized note from the page itself (not program output). */
  Console.prototype.note = function (key, cls) {
    var p = el('p', 'sp-note ' + (cls || ''), SP.i18n.t(key));
    p.setAttribute('data-i18n', key);
    return this.block(p);
  };

  Console.table = table;
  return Console;
})();
