/* The code editor: Ace with Python highlighting, line numbers, undo/redo and bracket matching, plus what the
 * playground adds: errors and warnings underlined at line:column with the ko/en text on hover (and on the
 * cursor, for keyboard users), run keys, and a highlighted line for the layer picked in the network diagram.
 *
 * Why Ace: the page must build with Maven alone and open from file://, so it can only use classic scripts.
 * Ace ships as classic scripts in a webjar; CodeMirror 6 ships only ES modules that need a bundler. */
var SP = window.SP || (window.SP = {});

SP.Editor = (function () {
  var Range = ace.require('ace/range').Range;
  var tip = null;

  function tipEl() { return tip || (tip = document.getElementById('hover-tip')); }

  function diagnosticHtml(d) {
    var div = document.createElement('div');
    var head = document.createElement('strong');
    head.textContent = SP.i18n.t(d.kind === 'warning' ? 'warning' : 'error') + ' · ' +
        SP.i18n.t('line', {line: d.line});
    div.appendChild(head);
    var msg = document.createElement('div');
    msg.className = 'sp-tip-msg';
    msg.textContent = d.message;
    div.appendChild(msg);
    var hint = SP.i18n.pick(d.hint);
    if (hint) {
      var h = document.createElement('div');
      h.className = 'sp-tip-hint';
      h.textContent = hint;
      div.appendChild(h);
    }
    return div;
  }

  function showTip(d, x, y) {
    var el = tipEl();
    el.innerHTML = '';
    el.appendChild(diagnosticHtml(d));
    el.hidden = false;
    var w = el.offsetWidth, h = el.offsetHeight;
    el.style.left = Math.max(4, Math.min(x, window.innerWidth - w - 8)) + 'px';
    el.style.top = (y + h + 24 > window.innerHeight ? y - h - 8 : y + 20) + 'px';
  }

  function hideTip() { if (tipEl()) tipEl().hidden = true; }

  /**
   * opts: {value, label, firstLine (0-based document line of row 0), autoHeight, onChange(text),
   *        onCursorRow(row), onRunAll(), onRunStep(), onEscape()}
   */
  function Editor(el, opts) {
    var self = this;
    this.opts = opts;
    this.markers = [];
    this.diagnostics = [];
    this.highlight = null;
    var editor = this.ace = ace.edit(el, {
      mode: 'ace/mode/python',
      theme: 'ace/theme/chrome',
      value: opts.value || '',
      fontSize: 14,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", "NanumGothicCoding", "D2Coding", Menlo, Consolas, monospace',
      tabSize: 4,
      useSoftTabs: true,
      showPrintMargin: false,
      highlightActiveLine: false, // only while focused: several cells are on screen at once
      behavioursEnabled: true,
      wrap: false,
      enableKeyboardAccessibility: true,
      firstLineNumber: (opts.firstLine || 0) + 1,
      minLines: opts.autoHeight ? 1 : undefined,
      maxLines: opts.autoHeight ? 400 : undefined
    });
    editor.session.setUseWorker(false);
    editor.renderer.setScrollMargin(4, 4);
    editor.container.setAttribute('aria-label', opts.label || SP.i18n.t('editorLabel'));
    editor.setOption('textInputAriaLabel', opts.label || SP.i18n.t('editorLabel'));
    editor.clearSelection();
    editor.session.getUndoManager().reset();

    editor.commands.addCommand({
      name: 'seqplayRunAll', bindKey: {win: 'Ctrl-Enter', mac: 'Command-Enter'},
      exec: function () { if (opts.onRunAll) opts.onRunAll(); }
    });
    editor.commands.addCommand({
      name: 'seqplayRunStep', bindKey: {win: 'Shift-Enter', mac: 'Shift-Enter'},
      exec: function () { if (opts.onRunStep) opts.onRunStep(); }
    });

    editor.session.on('change', function () {
      if (self.settingValue) return;
      self.clearDiagnostics();
      if (opts.onChange) opts.onChange(editor.getValue());
    });
    editor.selection.on('changeCursor', function () {
      var pos = editor.getCursorPosition();
      if (opts.onCursorRow) opts.onCursorRow(pos.row);
      self.tipForCursor(pos);
    });
    editor.on('blur', function () { hideTip(); editor.setOption('highlightActiveLine', false); });
    editor.on('focus', function () { editor.setOption('highlightActiveLine', true); });
    editor.on('mousemove', function (e) {
      var pos = e.getDocumentPosition();
      self.pointer = {row: pos.row, column: pos.column, x: e.clientX, y: e.clientY};
      self.tipForPointer();
    });
    el.addEventListener('mouseleave', function () { self.pointer = null; hideTip(); });
  }

  Editor.prototype.getValue = function () { return this.ace.getValue(); };

  Editor.prototype.setValue = function (text) {
    if (text === this.ace.getValue()) return;
    this.settingValue = true;
    this.ace.session.setValue(text); // a new document: resets undo, which is what loading an example means
    this.settingValue = false;
    this.clearDiagnostics();
  };

  Editor.prototype.setFirstLine = function (line) { this.ace.setOption('firstLineNumber', line + 1); };
  Editor.prototype.focus = function () { this.ace.focus(); };
  Editor.prototype.lineCount = function () { return this.ace.session.getLength(); };

  Editor.prototype.clearDiagnostics = function () {
    var session = this.ace.session;
    this.markers.forEach(function (id) { session.removeMarker(id); });
    this.markers = [];
    this.diagnostics = [];
    session.clearAnnotations();
    hideTip();
  };

  /** list: [{kind, row (0-based in this editor), column (0-based), endColumn, line, message, hint}] */
  Editor.prototype.setDiagnostics = function (list) {
    this.clearDiagnostics();
    var session = this.ace.session;
    var self = this;
    var rows = session.getLength();
    this.diagnostics = list.filter(function (d) { return d.row >= 0 && d.row < rows; }).map(function (d) {
      var text = session.getLine(d.row);
      var start = d.column >= 0 ? Math.min(d.column, text.length) : text.search(/\S|$/);
      var end = d.endColumn > start ? Math.min(d.endColumn, text.length) : text.length;
      if (end <= start) { start = Math.max(0, start - 1); end = Math.max(end, start + 1); }
      return Object.assign({}, d, {startCol: start, endCol: end});
    });
    this.diagnostics.forEach(function (d) {
      var cls = d.kind === 'warning' ? 'sp-mark-warning' : 'sp-mark-error';
      self.markers.push(session.addMarker(new Range(d.row, d.startCol, d.row, d.endCol), cls, 'text', true));
    });
    session.setAnnotations(this.diagnostics.map(function (d) {
      var hint = SP.i18n.pick(d.hint);
      return {row: d.row, column: d.startCol, type: d.kind === 'warning' ? 'warning' : 'error',
        text: d.message + (hint ? '\n' + hint : '')};
    }));
    // The diagnostics often arrive while the pointer already rests on the code (the run ends, the checker
    // answers after typing): show the tip now instead of waiting for the next mouse move.
    this.tipForPointer();
  };

  Editor.prototype.tipForPointer = function () {
    var p = this.pointer;
    if (!p) return;
    var d = this.diagnosticAt(p.row, p.column);
    if (d) showTip(d, p.x, p.y);
    else hideTip();
  };

  Editor.prototype.diagnosticAt = function (row, column) {
    for (var i = 0; i < this.diagnostics.length; i++) {
      var d = this.diagnostics[i];
      if (d.row === row && column >= d.startCol && column <= d.endCol) return d;
    }
    return null;
  };

  Editor.prototype.tipForCursor = function (pos) {
    if (!this.ace.isFocused()) return;
    var d = this.diagnosticAt(pos.row, pos.column);
    if (!d) { hideTip(); return; }
    var coords = this.ace.renderer.textToScreenCoordinates(pos.row, d.startCol);
    showTip(d, coords.pageX, coords.pageY);
  };

  /** Highlights one row (a layer picked in the diagram); null clears. */
  Editor.prototype.highlightRow = function (row) {
    var session = this.ace.session;
    if (this.highlight !== null) session.removeMarker(this.highlight);
    this.highlight = null;
    if (row !== null && row >= 0 && row < session.getLength()) {
      this.highlight = session.addMarker(new Range(row, 0, row, 1), 'sp-mark-layer', 'fullLine', false);
    }
  };

  Editor.prototype.gotoRow = function (row) {
    this.ace.scrollToLine(row, true, true, function () {});
    this.ace.gotoLine(row + 1, 0, true);
  };

  Editor.prototype.resize = function () { this.ace.resize(); };
  Editor.prototype.destroy = function () { this.ace.destroy(); this.ace.container.remove(); };

  Editor.hideTip = hideTip;
  return Editor;
})();
