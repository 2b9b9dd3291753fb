/* Splitting a program into the seven steps (plus the data step before them).
 *
 * A program is cut into statements (a statement keeps its bracketed continuation lines, its backslash
 * continuations and its indented block; comments and blank lines go with the statement after them). Each
 * statement is classified by the Keras call it makes; the step number only moves forward, so a print() after
 * fit stays in step 6. Joining the non-empty cells with '\n' gives back the program exactly. */
var SP = window.SP || (window.SP = {});

SP.steps = (function () {
  var COUNT = 8; // data + seven steps
  var RULES = [
    [1, /clear_session\s*\(/],
    [2, /\bSequential\s*\(/],
    [3, /\.add\s*\(/],
    [4, /\.compile\s*\(/],
    [5, /\.summary\s*\(/],
    [6, /\.fit\s*\(/],
    [7, /\.(predict|evaluate)\s*\(/]
  ];

  /** Bracket depth change of one line, ignoring brackets inside strings and comments. */
  function depthDelta(line, state) {
    var d = 0;
    for (var i = 0; i < line.length; i++) {
      var c = line[i];
      if (state.quote) {
        if (c === '\\') { i++; continue; }
        if (line.substr(i, state.quote.length) === state.quote) {
          i += state.quote.length - 1;
          state.quote = null;
        }
        continue;
      }
      if (c === '#') break;
      if (c === '"' || c === '\'') {
        var triple = line.substr(i, 3) === c + c + c;
        state.quote = triple ? c + c + c : c;
        if (triple) i += 2;
        continue;
      }
      if (c === '(' || c === '[' || c === '{') d++;
      else if (c === ')' || c === ']' || c === '}') d--;
    }
    if (state.quote && state.quote.length === 1) state.quote = null; // an unclosed short string ends at the line
    return d;
  }

  /** Statements as [firstLine, endLine) index pairs, with leading comments and blank lines attached. */
  function statements(lines) {
    var out = [];
    var start = 0;          // first line of the pending statement, including its leading comments
    var i = 0;
    while (i < lines.length) {
      var text = lines[i];
      var trimmed = text.trim();
      if (trimmed === '' || trimmed[0] === '#') { i++; continue; }
      var state = {quote: null};
      var depth = depthDelta(text, state);
      var j = i + 1;
      while (j < lines.length && (depth > 0 || state.quote || /\\\s*$/.test(lines[j - 1]))) {
        depth += depthDelta(lines[j], state);
        j++;
      }
      // an indented block (for/if body) belongs to the statement that opened it
      if (/:\s*(#.*)?$/.test(lines[j - 1])) {
        while (j < lines.length && (lines[j].trim() === '' || /^\s/.test(lines[j]))) j++;
        while (j > i + 1 && lines[j - 1].trim() === '') j--; // trailing blank lines go to the next statement
      }
      // blank lines before the statement's comments belong to the previous statement's end
      var lead = start;
      while (out.length && lead < i && lines[lead].trim() === '') lead++;
      if (out.length) out[out.length - 1][1] = lead;
      out.push([out.length ? lead : start, j, i]);
      start = j;
      i = j;
    }
    if (start < lines.length) {
      if (out.length) out[out.length - 1][1] = lines.length; // trailing comments stay with the last statement
      else out.push([0, lines.length, 0]);
    }
    return out;
  }

  function classify(text) {
    for (var r = RULES.length - 1; r >= 0; r--) if (RULES[r][1].test(text)) return RULES[r][0];
    return -1;
  }

  /** The program as 8 cells: [{index, from, to, text}], lines [from, to) of the program. */
  function split(code) {
    var lines = code.split('\n');
    var cells = [];
    for (var k = 0; k < COUNT; k++) cells.push({index: k, from: -1, to: -1, text: ''});
    var current = 0;
    statements(lines).forEach(function (s) {
      var head = lines.slice(s[2], s[1]).join('\n');
      var step = classify(head.replace(/#.*$/gm, ''));
      if (step > current) current = step;
      var cell = cells[current];
      if (cell.from < 0) cell.from = s[0];
      cell.to = s[1];
    });
    cells.forEach(function (c) {
      if (c.from >= 0) c.text = lines.slice(c.from, c.to).join('\n');
      else { c.from = c.to = 0; }
    });
    return cells;
  }

  /** The inverse of split: the non-empty cell texts joined by newlines. */
  function join(texts) {
    return texts.filter(function (t) { return t !== ''; }).join('\n');
  }

  /** First document line (0-based) of each cell when the texts are joined. Empty cells get the next line. */
  function offsets(texts) {
    var out = [];
    var line = 0;
    texts.forEach(function (t) {
      out.push(line);
      if (t !== '') line += t.split('\n').length;
    });
    return out;
  }

  return {COUNT: COUNT, split: split, join: join, offsets: offsets, classify: classify};
})();

/* The seven-step view: one cell per step with its explanation, its own editor (line numbers continue the
 * program's), its run button, its status and its output right under it, like a notebook. */
SP.StepsView = (function () {
  /** opts: {onChange(code), onRun(index), onCursor(docRow), onRunAll(), onRunStep()} */
  function StepsView(container, opts) {
    this.container = container;
    this.opts = opts;
    this.cells = [];
  }

  StepsView.prototype.render = function (code) {
    var self = this;
    this.destroy();
    SP.steps.split(code).forEach(function (c, k) {
      var section = document.createElement('section');
      section.className = 'sp-cell' + (c.text === '' ? ' sp-cell-empty' : '');
      section.setAttribute('data-step', String(k));
      section.setAttribute('aria-labelledby', 'cell-title-' + k);
      var head = document.createElement('div');
      head.className = 'sp-cell-head';
      var title = document.createElement('h3');
      title.id = 'cell-title-' + k;
      title.setAttribute('data-i18n', 'step' + k);
      head.appendChild(title);
      var status = document.createElement('span');
      status.className = 'sp-cell-status';
      status.setAttribute('role', 'status');
      head.appendChild(status);
      var run = document.createElement('button');
      run.type = 'button';
      run.className = 'sp-small ui-run-step';
      run.setAttribute('data-i18n', 'runStepCell');
      run.addEventListener('click', function () { self.opts.onRun(k); });
      head.appendChild(run);
      section.appendChild(head);
      var why = document.createElement('p');
      why.className = 'sp-cell-why';
      why.setAttribute('data-i18n', 'step' + k + 'Why');
      section.appendChild(why);
      var edEl = document.createElement('div');
      edEl.className = 'sp-cell-editor';
      section.appendChild(edEl);
      var out = document.createElement('div');
      out.className = 'sp-console sp-cell-out';
      out.setAttribute('role', 'log');
      out.setAttribute('aria-labelledby', 'cell-title-' + k);
      section.appendChild(out);
      self.container.appendChild(section);
      SP.i18n.apply(section);
      var cell = {index: k, section: section, status: status, console: new SP.Console(out), run: run};
      cell.editor = new SP.Editor(edEl, {
        value: c.text, autoHeight: true, firstLine: c.from,
        label: SP.i18n.t('cellLabel', {step: SP.i18n.t('step' + k)}),
        onChange: function () { self.changed(); },
        onCursorRow: function (row) { if (self.opts.onCursor) self.opts.onCursor(self.offsets()[k] + row); },
        onRunAll: self.opts.onRunAll, onRunStep: self.opts.onRunStep
      });
      self.cells.push(cell);
    });
    this.renumber();
  };

  StepsView.prototype.texts = function () { return this.cells.map(function (c) { return c.editor.getValue(); }); };
  StepsView.prototype.code = function () { return SP.steps.join(this.texts()); };
  StepsView.prototype.offsets = function () { return SP.steps.offsets(this.texts()); };

  StepsView.prototype.changed = function () {
    this.renumber();
    this.cells.forEach(function (c) { c.section.classList.toggle('sp-cell-empty', c.editor.getValue() === ''); });
    this.opts.onChange(this.code());
  };

  StepsView.prototype.renumber = function () {
    var offs = this.offsets();
    this.cells.forEach(function (c, k) { c.editor.setFirstLine(offs[k]); });
  };

  StepsView.prototype.setStatus = function (k, status) {
    var cell = this.cells[k];
    if (!cell) return;
    cell.section.setAttribute('data-status', status || '');
    cell.status.setAttribute('data-i18n', status ? 'step' + status.charAt(0).toUpperCase() + status.slice(1) : '');
    cell.status.textContent = status ? SP.i18n.t('step' + status.charAt(0).toUpperCase() + status.slice(1)) : '';
  };

  /** Routes program-level diagnostics (1-based line) to the cells holding those lines. */
  StepsView.prototype.setDiagnostics = function (list) {
    var offs = this.offsets();
    var self = this;
    this.cells.forEach(function (c, k) {
      var n = c.editor.getValue() === '' ? 0 : c.editor.lineCount();
      c.editor.setDiagnostics(list.filter(function (d) {
        return d.line - 1 >= offs[k] && d.line - 1 < offs[k] + n;
      }).map(function (d) { return Object.assign({}, d, {row: d.line - 1 - offs[k]}); }));
    });
    return self;
  };

  /** The cell and row of a program line (0-based). */
  StepsView.prototype.locate = function (docRow) {
    var offs = this.offsets();
    for (var k = this.cells.length - 1; k >= 0; k--) {
      if (this.cells[k].editor.getValue() !== '' && docRow >= offs[k]) return {cell: this.cells[k], row: docRow - offs[k]};
    }
    return null;
  };

  StepsView.prototype.highlightDocRow = function (docRow) {
    var at = docRow === null ? null : this.locate(docRow);
    this.cells.forEach(function (c) { c.editor.highlightRow(at && at.cell === c ? at.row : null); });
  };

  StepsView.prototype.gotoDocRow = function (docRow) {
    var at = this.locate(docRow);
    if (!at) return;
    at.cell.section.scrollIntoView({block: 'nearest'});
    at.cell.editor.gotoRow(at.row);
    at.cell.editor.focus();
  };

  StepsView.prototype.destroy = function () {
    this.cells.forEach(function (c) { c.editor.destroy(); });
    this.cells = [];
    this.container.innerHTML = '';
  };

  return StepsView;
})();
