/* Canvas charts: training curves, regression fit, decision boundary, confusion matrix, dataset scatter.
 *
 * Every chart draws at devicePixelRatio (sharp on HiDPI screens), uses the Okabe–Ito palette (safe for the
 * common colour-vision deficiencies) and never carries meaning by colour alone (dashes for validation, marker
 * shapes for classes, numbers in cells). Each one also fills a text alternative: an aria-label on the canvas
 * and a table in the panel's "show as a table" section. Redraws are coalesced to one per animation frame. */
var SP = window.SP || (window.SP = {});

SP.charts = (function () {
  var OI = {black: '#000000', orange: '#E69F00', sky: '#56B4E9', green: '#009E73', yellow: '#F0E442',
    blue: '#0072B2', vermillion: '#D55E00', purple: '#CC79A7'};
  var CLASS_COLORS = [OI.blue, OI.orange, OI.green, OI.purple, OI.sky, OI.vermillion, OI.yellow, OI.black];
  var SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'down', 'plus'];
  var FONT = '12px system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "NanumGothic", sans-serif';
  var INK = '#1f2328', MUTED = '#57606a', GRID = '#d8dee4';

  /** Sizes the canvas backing store to its CSS box × devicePixelRatio; returns null while it is hidden. */
  function setup(canvas) {
    var w = canvas.clientWidth, h = canvas.clientHeight;
    if (!w || !h) return null;
    var dpr = window.devicePixelRatio || 1;
    var bw = Math.round(w * dpr), bh = Math.round(h * dpr);
    if (canvas.width !== bw || canvas.height !== bh) { canvas.width = bw; canvas.height = bh; }
    var ctx = canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.font = FONT;
    return {ctx: ctx, w: w, h: h};
  }

  /** "Nice" axis ticks covering [lo, hi]. */
  function ticks(lo, hi, count) {
    if (!(hi > lo)) { hi = lo + 1; }
    var span = hi - lo;
    var step = Math.pow(10, Math.floor(Math.log(span / count) / Math.LN10));
    var err = span / count / step;
    if (err >= 7.5) step *= 10; else if (err >= 3.5) step *= 5; else if (err >= 1.5) step *= 2;
    var out = [];
    for (var v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
    return out;
  }

  function fmt(v) {
    if (v === 0) return '0';
    if (SP.nonFinite(v)) return SP.nonFinite(v);
    var a = Math.abs(v);
    if (a >= 1e5 || a < 1e-3) return v.toExponential(1);
    return String(Number(v.toPrecision(4)));
  }

  function extent(arrays) {
    var lo = Infinity, hi = -Infinity;
    arrays.forEach(function (a) {
      if (!a) return;
      for (var i = 0; i < a.length; i++) {
        var v = a[i];
        if (v === v && v !== Infinity && v !== -Infinity) { if (v < lo) lo = v; if (v > hi) hi = v; }
      }
    });
    if (lo === Infinity) return [0, 1];
    if (lo === hi) { lo -= 0.5; hi += 0.5; }
    return [lo, hi];
  }

  /** Plot area with axes: returns {x(v), y(v), left, top, right, bottom}. */
  function axes(c, xr, yr, opts) {
    var ctx = c.ctx;
    var yt = ticks(yr[0], yr[1], 4);
    // Wide enough for the longest y label (a diverging loss reaches 2.5e+36), never narrower than 52 px.
    var labelWidth = 0;
    yt.forEach(function (v) { labelWidth = Math.max(labelWidth, ctx.measureText(fmt(v)).width); });
    var left = Math.max(52, Math.ceil(labelWidth) + 12), right = c.w - 12, top = opts.top || 26, bottom = c.h - 34;
    var sx = function (v) { return left + (v - xr[0]) / (xr[1] - xr[0]) * (right - left); };
    var sy = function (v) { return bottom - (v - yr[0]) / (yr[1] - yr[0]) * (bottom - top); };
    ctx.strokeStyle = GRID;
    ctx.lineWidth = 1;
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    yt.forEach(function (v) {
      var y = Math.round(sy(v)) + 0.5;
      ctx.beginPath(); ctx.moveTo(left, y); ctx.lineTo(right, y); ctx.stroke();
      ctx.fillText(fmt(v), left - 6, y);
    });
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    // opts.xTicks: [{v, label}] for named categories (plt.bar(['cat', 'dog'], ...)) instead of numbers
    var xt = opts.xTicks || (opts.integerX ? ticks(xr[0], xr[1], 6).filter(function (v) { return v === Math.round(v); })
        : ticks(xr[0], xr[1], 5));
    xt.forEach(function (t) {
      var v = typeof t === 'number' ? t : t.v;
      var x = Math.round(sx(v)) + 0.5;
      ctx.beginPath(); ctx.moveTo(x, bottom); ctx.lineTo(x, bottom + 4); ctx.stroke();
      ctx.fillText(typeof t === 'number' ? fmt(v) : t.label, x, bottom + 6);
    });
    ctx.strokeStyle = MUTED;
    ctx.beginPath(); ctx.moveTo(left + 0.5, top); ctx.lineTo(left + 0.5, bottom + 0.5); ctx.lineTo(right, bottom + 0.5);
    ctx.stroke();
    if (opts.xLabel) { ctx.fillStyle = MUTED; ctx.fillText(opts.xLabel, (left + right) / 2, c.h - 14); }
    if (opts.title) {
      ctx.fillStyle = INK; ctx.textAlign = 'left'; ctx.textBaseline = 'top';
      ctx.font = 'bold ' + FONT; ctx.fillText(opts.title, left, 6); ctx.font = FONT;
    }
    return {x: sx, y: sy, left: left, right: right, top: top, bottom: bottom};
  }

  function marker(ctx, shape, x, y, r) {
    ctx.beginPath();
    switch (shape) {
      case 'square': ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); break;
      case 'triangle': ctx.moveTo(x, y - r * 1.1); ctx.lineTo(x + r, y + r * 0.8); ctx.lineTo(x - r, y + r * 0.8); ctx.closePath(); break;
      case 'down': ctx.moveTo(x, y + r * 1.1); ctx.lineTo(x + r, y - r * 0.8); ctx.lineTo(x - r, y - r * 0.8); ctx.closePath(); break;
      case 'diamond': ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r * 1.2); ctx.lineTo(x - r, y); ctx.closePath(); break;
      case 'cross': case 'plus': case 'star':
        var k = shape === 'cross' ? 0.75 : 1;
        ctx.rect(x - r * k, y - r * 0.35, 2 * r * k, r * 0.7); ctx.rect(x - r * 0.35, y - r * k, r * 0.7, 2 * r * k); break;
      default: ctx.arc(x, y, r, 0, Math.PI * 2);
    }
    ctx.fill();
    ctx.stroke();
  }

  /** Base: holds data, redraws on resize and at most once per frame. */
  function Chart(canvas, drawFn) {
    var self = this;
    this.canvas = canvas;
    this.data = null;
    this.drawFn = drawFn;
    this.pending = false;
    if (window.ResizeObserver) new ResizeObserver(function () { self.schedule(); }).observe(canvas);
  }
  Chart.prototype.set = function (data) { this.data = data; this.schedule(); };
  Chart.prototype.schedule = function () {
    var self = this;
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(function () { self.pending = false; self.draw(); });
  };
  Chart.prototype.draw = function () {
    var c = setup(this.canvas);
    if (!c) return;
    if (!this.data) { this.empty(c); return; }
    this.drawFn(c, this.data);
    this.drawn = (this.drawn || 0) + 1;
    this.canvas.setAttribute('data-drawn', String(this.drawn));
  };
  Chart.prototype.empty = function (c) {
    var key = this.canvas.getAttribute('data-empty');
    if (!key) return;
    this.canvas.setAttribute('aria-label', SP.i18n.t(key));
    c.ctx.fillStyle = MUTED;
    c.ctx.textAlign = 'center';
    c.ctx.textBaseline = 'middle';
    wrapText(c.ctx, SP.i18n.t(key), c.w / 2, c.h / 2, c.w - 40, 18);
    this.canvas.removeAttribute('data-drawn');
  };

  function wrapText(ctx, text, x, y, maxW, lh) {
    var words = text.split(' '), lines = [], line = '';
    words.forEach(function (w) {
      var t = line ? line + ' ' + w : w;
      if (ctx.measureText(t).width > maxW && line) { lines.push(line); line = w; } else line = t;
    });
    if (line) lines.push(line);
    lines.forEach(function (l, i) { ctx.fillText(l, x, y + (i - (lines.length - 1) / 2) * lh); });
  }

  function legend(ctx, items, x, y) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    items.forEach(function (it) {
      ctx.strokeStyle = it.color;
      ctx.lineWidth = 2;
      ctx.setLineDash(it.dash || []);
      ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x + 22, y); ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = INK;
      ctx.fillText(it.label, x + 27, y);
      x += 35 + ctx.measureText(it.label).width;
    });
  }

  // ---------------------------------------------------------------- training curves
  /** data: {title, epochs, series: [{label, values[], color, dash}]} */
  function drawLines(c, d) {
    var all = d.series.map(function (s) { return s.values; });
    var yr = extent(all);
    var pad = (yr[1] - yr[0]) * 0.08;
    yr = [yr[0] - pad, yr[1] + pad];
    var n = Math.max(d.epochs || 1, 1);
    var xr = [n > 1 ? 1 : 0.5, n > 1 ? n : 1.5];
    var a = axes(c, xr, yr, {title: d.title, xLabel: SP.i18n.t('epoch'), integerX: true, top: 40});
    var ctx = c.ctx;
    ctx.save();
    ctx.beginPath(); ctx.rect(a.left, a.top - 4, a.right - a.left, a.bottom - a.top + 8); ctx.clip();
    d.series.forEach(function (s) {
      ctx.strokeStyle = s.color; ctx.fillStyle = s.color; ctx.lineWidth = 2;
      ctx.setLineDash(s.dash || []);
      ctx.beginPath();
      s.values.forEach(function (v, i) {
        var x = a.x(i + 1), y = a.y(v);
        if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
      });
      ctx.stroke();
      ctx.setLineDash([]);
      if (s.values.length <= 60) s.values.forEach(function (v, i) {
        ctx.beginPath(); ctx.arc(a.x(i + 1), a.y(v), 2.5, 0, Math.PI * 2); ctx.fill();
      });
    });
    ctx.restore();
    legend(ctx, d.series, a.left, 30);
  }

  // ---------------------------------------------------------------- regression fit
  /** data: {mode:'curve', x, y, curveX, curveY} or {mode:'pva', actual, predicted}; xLabel/yLabel optional */
  function drawFit(c, d) {
    var ctx = c.ctx;
    var px, py, xr, yr;
    if (d.mode === 'pva') {
      px = d.actual; py = d.predicted;
      var r = extent([px, py]);
      xr = yr = [r[0] - (r[1] - r[0]) * 0.05, r[1] + (r[1] - r[0]) * 0.05];
    } else {
      px = d.x; py = d.y;
      xr = extent([px, d.curveX]);
      yr = extent([py, d.curveY]);
      var p = (yr[1] - yr[0]) * 0.06;
      yr = [yr[0] - p, yr[1] + p];
    }
    var a = axes(c, xr, yr, {xLabel: d.mode === 'pva' ? SP.i18n.t('actual') : (d.xLabel || 'x'), top: 30});
    ctx.save();
    ctx.translate(14, (a.top + a.bottom) / 2); ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center'; ctx.textBaseline = 'middle'; ctx.fillStyle = MUTED;
    ctx.fillText(d.mode === 'pva' ? SP.i18n.t('predicted') : (d.yLabel || 'y'), 0, 0);
    ctx.restore();
    ctx.save();
    ctx.beginPath(); ctx.rect(a.left, a.top, a.right - a.left, a.bottom - a.top); ctx.clip();
    ctx.fillStyle = 'rgba(86,180,233,0.55)';
    ctx.strokeStyle = OI.blue;
    ctx.lineWidth = 0.8;
    for (var i = 0; i < px.length; i++) marker(ctx, 'circle', a.x(px[i]), a.y(py[i]), 3.2);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = OI.vermillion;
    ctx.beginPath();
    if (d.mode === 'pva') {
      ctx.setLineDash([6, 4]);
      ctx.moveTo(a.x(xr[0]), a.y(xr[0])); ctx.lineTo(a.x(xr[1]), a.y(xr[1]));
    } else if (d.curveX) {
      for (var j = 0; j < d.curveX.length; j++) {
        if (j === 0) ctx.moveTo(a.x(d.curveX[j]), a.y(d.curveY[j])); else ctx.lineTo(a.x(d.curveX[j]), a.y(d.curveY[j]));
      }
    }
    ctx.stroke();
    ctx.restore();
    legend(ctx, [{label: d.mode === 'pva' ? SP.i18n.t('actual') + ' = ' + SP.i18n.t('predicted')
        : SP.i18n.t('predicted'), color: OI.vermillion, dash: d.mode === 'pva' ? [6, 4] : []}], a.left, 14);
  }

  // ---------------------------------------------------------------- decision boundary
  function hexRgb(h) { return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)]; }
  var RGB = CLASS_COLORS.map(hexRgb);

  /** data: {res, xmin, xmax, ymin, ymax, classes, grid (res*res*(classes>2?classes:1)), points, labels} */
  function drawBoundary(c, d) {
    var ctx = c.ctx;
    var xr = [d.xmin, d.xmax], yr = [d.ymin, d.ymax];
    var a = axes(c, xr, yr, {xLabel: d.xLabel || 'x[:, 0]', top: 12});
    if (d.grid) {
      var res = d.res, k = d.classes > 2 ? d.classes : 1;
      var img = ctx.createImageData(res, res);
      for (var gy = 0; gy < res; gy++) {
        for (var gx = 0; gx < res; gx++) {
          var cell = gy * res + gx, rgb, strength;
          if (k === 1) {
            var p = d.grid[cell];
            rgb = p >= 0.5 ? RGB[1] : RGB[0];
            strength = Math.abs(p - 0.5) * 2;
          } else {
            var best = 0;
            for (var q = 1; q < k; q++) if (d.grid[cell * k + q] > d.grid[cell * k + best]) best = q;
            rgb = RGB[best % RGB.length];
            strength = (d.grid[cell * k + best] - 1 / k) / (1 - 1 / k);
          }
          var alpha = 0.12 + 0.45 * Math.max(0, Math.min(1, strength));
          var o = ((res - 1 - gy) * res + gx) * 4; // row 0 of the grid is ymin: the bottom of the image
          img.data[o] = Math.round(255 + (rgb[0] - 255) * alpha);
          img.data[o + 1] = Math.round(255 + (rgb[1] - 255) * alpha);
          img.data[o + 2] = Math.round(255 + (rgb[2] - 255) * alpha);
          img.data[o + 3] = 255;
        }
      }
      var off = document.createElement('canvas');
      off.width = off.height = res;
      off.getContext('2d').putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(off, a.left + 1, a.top, a.right - a.left - 1, a.bottom - a.top);
    }
    drawPoints(ctx, a, d.points, d.labels);
  }

  function drawPoints(ctx, a, pts, labels) {
    if (!pts) return;
    ctx.save();
    ctx.beginPath(); ctx.rect(a.left, a.top, a.right - a.left, a.bottom - a.top); ctx.clip();
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#ffffff';
    for (var i = 0; i < pts.length / 2; i++) {
      var cls = labels ? Math.max(0, Math.round(labels[i])) : 0;
      ctx.fillStyle = CLASS_COLORS[cls % CLASS_COLORS.length];
      marker(ctx, SHAPES[cls % SHAPES.length], a.x(pts[2 * i]), a.y(pts[2 * i + 1]), 3.6);
    }
    ctx.restore();
  }

  // ---------------------------------------------------------------- confusion matrix
  /** data: {labels: [...], matrix: [[...]]} rows = true class, columns = predicted class */
  function drawConfusion(c, d) {
    var ctx = c.ctx, n = d.labels.length;
    var size = Math.min(c.w - 110, c.h - 70);
    var cell = size / n;
    var left = Math.max(90, (c.w - size) / 2), top = 40;
    ctx.fillStyle = MUTED; ctx.textAlign = 'center'; ctx.textBaseline = 'bottom';
    ctx.fillText(SP.i18n.t('predicted'), left + size / 2, 16);
    ctx.save(); ctx.translate(16, top + size / 2); ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle'; ctx.fillText(SP.i18n.t('actual'), 0, 0); ctx.restore();
    for (var i = 0; i < n; i++) {
      var rowSum = d.matrix[i].reduce(function (s, v) { return s + v; }, 0) || 1;
      ctx.fillStyle = INK; ctx.textAlign = 'right'; ctx.textBaseline = 'middle';
      ctx.fillText(String(d.labels[i]), left - 8, top + (i + 0.5) * cell);
      ctx.textAlign = 'center'; ctx.textBaseline = 'bottom';
      ctx.fillText(String(d.labels[i]), left + (i + 0.5) * cell, top - 4);
      for (var j = 0; j < n; j++) {
        var v = d.matrix[i][j], f = v / rowSum;
        var rgb = RGB[0];
        ctx.fillStyle = 'rgb(' + Math.round(255 + (rgb[0] - 255) * f) + ',' + Math.round(255 + (rgb[1] - 255) * f) +
            ',' + Math.round(255 + (rgb[2] - 255) * f) + ')';
        ctx.fillRect(left + j * cell, top + i * cell, cell, cell);
        ctx.strokeStyle = '#ffffff'; ctx.lineWidth = 2; ctx.strokeRect(left + j * cell, top + i * cell, cell, cell);
        ctx.fillStyle = f > 0.5 ? '#ffffff' : INK;
        ctx.textBaseline = 'middle';
        ctx.font = 'bold ' + Math.max(11, Math.min(20, cell / 3)) + 'px system-ui, sans-serif';
        ctx.fillText(String(v), left + (j + 0.5) * cell, top + (i + 0.5) * cell);
        ctx.font = FONT;
      }
    }
  }

  // ---------------------------------------------------------------- dataset preview scatter
  /** data: {points (2n), labels?, values?, xLabel, yLabel} */
  function drawScatter(c, d) {
    var xs = [], ys = [];
    for (var i = 0; i < d.points.length; i += 2) { xs.push(d.points[i]); ys.push(d.points[i + 1]); }
    var xr = extent([xs]), yr = extent([ys]);
    var px = (xr[1] - xr[0]) * 0.05, py = (yr[1] - yr[0]) * 0.05;
    var a = axes(c, [xr[0] - px, xr[1] + px], [yr[0] - py, yr[1] + py], {xLabel: d.xLabel, top: 12});
    c.ctx.save(); c.ctx.translate(12, (a.top + a.bottom) / 2); c.ctx.rotate(-Math.PI / 2);
    c.ctx.textAlign = 'center'; c.ctx.textBaseline = 'middle'; c.ctx.fillStyle = MUTED;
    c.ctx.fillText(d.yLabel || '', 0, 0); c.ctx.restore();
    drawPoints(c.ctx, a, d.points, d.labels);
  }

  /**
   * A text alternative that is only built when someone looks at it: render() runs (once per frame at most)
   * while the details element is open, and on opening it after a change. Rebuilding a table every epoch while
   * nobody reads it would cost the main thread for nothing.
   */
  function lazy(details, render) {
    var dirty = false, pending = false;
    function run() {
      pending = false;
      if (!details.open) return;
      dirty = false;
      render();
    }
    details.addEventListener('toggle', function () { if (details.open && dirty) run(); });
    return function () {
      dirty = true;
      if (details.open && !pending) { pending = true; requestAnimationFrame(run); }
    };
  }

  return {
    palette: OI, lazy: lazy, classColors: CLASS_COLORS, shapes: SHAPES, setup: setup, fmt: fmt, marker: marker,
    ticks: ticks, extent: extent, axes: axes, font: FONT,
    Chart: Chart,
    lines: function (canvas) { return new Chart(canvas, drawLines); },
    fit: function (canvas) { return new Chart(canvas, drawFit); },
    boundary: function (canvas) { return new Chart(canvas, drawBoundary); },
    confusion: function (canvas) { return new Chart(canvas, drawConfusion); },
    scatter: function (canvas) { return new Chart(canvas, drawScatter); }
  };
})();
