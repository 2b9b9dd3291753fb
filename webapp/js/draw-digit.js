/* The draw-digit pad (docs/lessons.md, "The draw-digit widget and drawn").
 *
 * A 32×32 bitmap drawn with a pen about 3 pixels wide, by pointer or keyboard. grid() cuts it into 8×8 blocks of
 * 4×4 pixels and counts the inked pixels of each: 0…16 per cell, row by row from the top left. That is how
 * load_digits was made from UCI's 32×32 bitmaps, so a drawing looks like the training data; the page sends the
 * grid with the run as inject.drawn and the program reads it as `drawn`.
 *
 * Keyboard: the pad is focusable; arrow keys move a cursor (Shift: 4 pixels), Space inks a dot, Enter lifts or
 * lowers the pen (while it is down, moving draws), Delete clears. The 8×8 numbers are shown as a table beside
 * the pad, so the drawing is readable without seeing it. */
var SP = window.SP || (window.SP = {});

SP.i18n.extend({
  ko: {
    drawTitle: '숫자 그리기', drawPad: '숫자를 그리는 판 (32×32)', drawClear: '지우기', drawPredict: '예측하기',
    drawHelp: '마우스나 손가락으로 그리세요. 키보드: 화살표로 이동(Shift: 4칸), 스페이스로 점 찍기, Enter로 펜 내리기/올리기, Delete로 지우기.',
    drawGrid: '모델이 받는 8×8 값 (0–16)', drawEmpty: '아직 아무것도 그리지 않았습니다.',
    drawPenDown: '펜을 내렸습니다: 움직이면 그려집니다.', drawPenUp: '펜을 올렸습니다.',
    drawCells: '칠해진 칸 {n}개, 가장 진한 값 {max}', drawCursor: '커서 {x}, {y}'
  },
  en: {
    drawTitle: 'Draw a digit', drawPad: 'Drawing pad for a digit (32×32)', drawClear: 'Clear', drawPredict: 'Predict',
    drawHelp: 'Draw with the mouse or a finger. Keyboard: arrows move (Shift: 4 pixels), Space inks a dot, Enter puts the pen down or lifts it, Delete clears.',
    drawGrid: 'The 8×8 values the model gets (0–16)', drawEmpty: 'Nothing drawn yet.',
    drawPenDown: 'Pen down: moving draws.', drawPenUp: 'Pen lifted.',
    drawCells: '{n} cells inked, darkest {max}', drawCursor: 'cursor {x}, {y}'
  }
});

SP.DrawDigit = (function () {
  var SIZE = 32, CELL = 8, BLOCK = SIZE / CELL;
  var PEN_RADIUS = 1.5;   // pixel centres within 1.5 px of the pen: a stroke about 3 pixels wide
  var SCALE = 5;          // screen pixels per bitmap pixel: a 160 px pad

  /** The 8×8 grid of inked-pixel counts (0…16) of a 32×32 bitmap of 0/1 values. */
  function gridOf(pixels) {
    var rows = [];
    for (var by = 0; by < CELL; by++) {
      var row = [];
      for (var bx = 0; bx < CELL; bx++) {
        var n = 0;
        for (var y = by * BLOCK; y < (by + 1) * BLOCK; y++) {
          for (var x = bx * BLOCK; x < (bx + 1) * BLOCK; x++) n += pixels[y * SIZE + x];
        }
        row.push(n);
      }
      rows.push(row);
    }
    return rows;
  }

  /**
   * el: the element to build the widget in. opts: {onPredict()}.
   */
  function DrawDigit(el, opts) {
    var self = this;
    this.opts = opts || {};
    this.pixels = new Uint8Array(SIZE * SIZE);
    this.cursor = {x: 16, y: 16};
    this.penDown = false;
    this.el = el;
    el.classList.add('sp-draw');
    el.innerHTML = '';

    var head = document.createElement('h3');
    head.id = 'draw-title';
    head.setAttribute('data-i18n', 'drawTitle');
    el.appendChild(head);

    var row = document.createElement('div');
    row.className = 'sp-draw-row';
    el.appendChild(row);

    var canvas = this.canvas = document.createElement('canvas');
    canvas.id = 'draw-pad';
    canvas.className = 'sp-draw-pad';
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-roledescription', 'canvas');
    canvas.setAttribute('data-i18n-aria', 'drawPad');
    canvas.setAttribute('aria-describedby', 'draw-help draw-status');
    canvas.style.width = canvas.style.height = SIZE * SCALE + 'px';
    row.appendChild(canvas);

    var side = document.createElement('div');
    side.className = 'sp-draw-side';
    row.appendChild(side);
    var table = this.table = document.createElement('table');
    table.className = 'sp-draw-grid';
    var cap = document.createElement('caption');
    cap.setAttribute('data-i18n', 'drawGrid');
    table.appendChild(cap);
    var body = document.createElement('tbody');
    table.appendChild(body);
    for (var r = 0; r < CELL; r++) {
      var tr = document.createElement('tr');
      for (var c = 0; c < CELL; c++) tr.appendChild(document.createElement('td'));
      body.appendChild(tr);
    }
    side.appendChild(table);

    var buttons = document.createElement('div');
    buttons.className = 'sp-draw-buttons';
    var clear = document.createElement('button');
    clear.type = 'button';
    clear.id = 'draw-clear';
    clear.setAttribute('data-i18n', 'drawClear');
    clear.addEventListener('click', function () { self.clear(); canvas.focus(); });
    var predict = this.predictButton = document.createElement('button');
    predict.type = 'button';
    predict.id = 'draw-predict';
    predict.className = 'sp-primary';
    predict.setAttribute('data-i18n', 'drawPredict');
    predict.addEventListener('click', function () { if (self.opts.onPredict) self.opts.onPredict(); });
    buttons.appendChild(clear);
    buttons.appendChild(predict);
    side.appendChild(buttons);

    var help = document.createElement('p');
    help.id = 'draw-help';
    help.className = 'sp-vh'; // read with the pad (aria-describedby) and shown as its tooltip
    help.setAttribute('data-i18n', 'drawHelp');
    canvas.setAttribute('data-i18n-title', 'drawHelp');
    el.appendChild(help);
    var status = this.status = document.createElement('p');
    status.id = 'draw-status';
    status.className = 'sp-vh';
    status.setAttribute('aria-live', 'polite');
    el.appendChild(status);

    SP.i18n.apply(el);
    this.bindPointer();
    this.bindKeys();
    this.render();
  }

  DrawDigit.SIZE = SIZE;
  DrawDigit.gridOf = gridOf;

  /** Inks every pixel whose centre is within the pen radius of (x, y) (bitmap coordinates, fractional). */
  DrawDigit.prototype.stamp = function (x, y) {
    var p = this.pixels;
    var r = PEN_RADIUS;
    for (var j = Math.max(0, Math.floor(y - r)); j <= Math.min(SIZE - 1, Math.floor(y + r)); j++) {
      for (var i = Math.max(0, Math.floor(x - r)); i <= Math.min(SIZE - 1, Math.floor(x + r)); i++) {
        var dx = i + 0.5 - x, dy = j + 0.5 - y;
        if (dx * dx + dy * dy <= r * r) p[j * SIZE + i] = 1;
      }
    }
  };

  /** Inks a straight stroke from a to b, stamping every half pixel. */
  DrawDigit.prototype.line = function (a, b) {
    var dx = b.x - a.x, dy = b.y - a.y;
    var n = Math.max(1, Math.ceil(Math.sqrt(dx * dx + dy * dy) * 2));
    for (var k = 0; k <= n; k++) this.stamp(a.x + dx * k / n, a.y + dy * k / n);
  };

  DrawDigit.prototype.grid = function () { return gridOf(this.pixels); };

  DrawDigit.prototype.clear = function () {
    this.pixels.fill(0);
    this.render();
    this.announce();
  };

  DrawDigit.prototype.bindPointer = function () {
    var self = this, canvas = this.canvas, last = null;
    function at(e) {
      var r = canvas.getBoundingClientRect();
      return {x: (e.clientX - r.left) / r.width * SIZE, y: (e.clientY - r.top) / r.height * SIZE};
    }
    canvas.addEventListener('pointerdown', function (e) {
      if (e.button !== 0) return;
      try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* a synthetic pointer: nothing to capture */ }
      last = at(e);
      self.stamp(last.x, last.y);
      self.render();
      e.preventDefault();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!last) return;
      var p = at(e);
      self.line(last, p);
      last = p;
      self.render();
    });
    function end() {
      if (!last) return;
      last = null;
      self.announce();
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.style.touchAction = 'none'; // a finger draws instead of scrolling the page
  };

  DrawDigit.prototype.bindKeys = function () {
    var self = this, canvas = this.canvas, t = SP.i18n.t;
    canvas.addEventListener('keydown', function (e) {
      var step = e.shiftKey ? BLOCK : 1;
      var c = self.cursor, moved = false;
      var from = {x: c.x + 0.5, y: c.y + 0.5};
      switch (e.key) {
        case 'ArrowLeft': c.x = Math.max(0, c.x - step); moved = true; break;
        case 'ArrowRight': c.x = Math.min(SIZE - 1, c.x + step); moved = true; break;
        case 'ArrowUp': c.y = Math.max(0, c.y - step); moved = true; break;
        case 'ArrowDown': c.y = Math.min(SIZE - 1, c.y + step); moved = true; break;
        case ' ':
          self.stamp(c.x + 0.5, c.y + 0.5);
          self.announce();
          break;
        case 'Enter':
          if (e.ctrlKey || e.metaKey || e.shiftKey) return; // the page's run keys
          self.penDown = !self.penDown;
          if (self.penDown) self.stamp(c.x + 0.5, c.y + 0.5);
          self.status.textContent = t(self.penDown ? 'drawPenDown' : 'drawPenUp');
          break;
        case 'Delete':
        case 'Backspace':
          self.clear();
          break;
        case 'Escape':
          self.penDown = false;
          return;
        default:
          return;
      }
      if (moved && self.penDown) self.line(from, {x: c.x + 0.5, y: c.y + 0.5});
      if (moved) self.status.textContent = t('drawCursor', {x: c.x + 1, y: c.y + 1});
      self.render();
      e.preventDefault();
    });
    canvas.addEventListener('focus', function () { self.render(); });
    canvas.addEventListener('blur', function () { self.penDown = false; self.render(); });
  };

  /** Tells screen readers what the drawing now holds (after a stroke, a dot, a clear). */
  DrawDigit.prototype.announce = function () {
    var g = this.grid(), n = 0, max = 0;
    g.forEach(function (row) { row.forEach(function (v) { if (v) n++; if (v > max) max = v; }); });
    this.status.textContent = n ? SP.i18n.t('drawCells', {n: n, max: max}) : SP.i18n.t('drawEmpty');
  };

  DrawDigit.prototype.render = function () {
    var canvas = this.canvas, dpr = window.devicePixelRatio || 1;
    var px = SIZE * SCALE;
    if (canvas.width !== Math.round(px * dpr)) { canvas.width = Math.round(px * dpr); canvas.height = Math.round(px * dpr); }
    var g = canvas.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, px, px);
    g.fillStyle = '#1f2328';
    for (var j = 0; j < SIZE; j++) {
      for (var i = 0; i < SIZE; i++) if (this.pixels[j * SIZE + i]) g.fillRect(i * SCALE, j * SCALE, SCALE, SCALE);
    }
    // the 8×8 blocks the model sees
    g.strokeStyle = 'rgba(0, 114, 178, 0.35)';
    g.lineWidth = 1;
    for (var k = 1; k < CELL; k++) {
      var at = k * BLOCK * SCALE + 0.5;
      g.beginPath(); g.moveTo(at, 0); g.lineTo(at, px); g.stroke();
      g.beginPath(); g.moveTo(0, at); g.lineTo(px, at); g.stroke();
    }
    if (document.activeElement === canvas) {
      g.strokeStyle = this.penDown ? '#D55E00' : '#0072B2';
      g.lineWidth = 2;
      g.strokeRect(this.cursor.x * SCALE + 1, this.cursor.y * SCALE + 1, SCALE - 2, SCALE - 2);
    }
    var grid = this.grid();
    var cells = this.table.querySelectorAll('td');
    grid.forEach(function (row, r) {
      row.forEach(function (v, c) {
        var td = cells[r * CELL + c];
        td.textContent = String(v);
        td.style.background = 'rgba(31, 35, 40, ' + (v / 16 * 0.85).toFixed(3) + ')';
        td.style.color = v > 8 ? '#fff' : '';
      });
    });
    canvas.setAttribute('data-inked', String(grid.reduce(function (s, row) {
      return s + row.reduce(function (a, b) { return a + b; }, 0);
    }, 0)));
  };

  return DrawDigit;
})();
