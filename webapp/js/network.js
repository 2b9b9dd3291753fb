/* The network diagram: layers as columns of units, edges coloured by the sign of the weight (blue positive,
 * orange negative) and drawn thicker for larger magnitudes. Hover (or arrow keys) shows the value; clicking a
 * layer reports it so the page can highlight its code line; highlight(i) marks the layer whose line has the
 * cursor. Large layers show their first units and a "+N more" label. */
var SP = window.SP || (window.SP = {});

SP.Network = (function () {
  var MAX_UNITS = 12;
  var POS = '#0072B2', NEG = '#D55E00', NODE = '#ffffff', INK = '#1f2328', MUTED = '#57606a';

  function Network(canvas, tipEl, onLayerClick) {
    var self = this;
    this.canvas = canvas;
    this.tip = tipEl;
    this.onLayerClick = onLayerClick;
    this.model = null;
    this.weights = null;   // [{index, rows, cols, kernel, bias}] by layer index
    this.selected = null;  // highlighted layer index (0-based in model.layers)
    this.focusLayer = -1;  // keyboard position
    this.geom = null;
    this.chart = new SP.charts.Chart(canvas, function (c) { self.render(c); });
    canvas.addEventListener('mousemove', function (e) { self.hover(e); });
    canvas.addEventListener('mouseleave', function () { self.tip.hidden = true; });
    canvas.addEventListener('click', function (e) {
      var hit = self.hitTest(e);
      if (hit && hit.layer >= 0 && self.onLayerClick) self.onLayerClick(hit.layer);
    });
    canvas.addEventListener('keydown', function (e) { self.key(e); });
    var alt = document.getElementById('alt-network');
    this.altTables = alt ? SP.charts.lazy(alt.parentNode, function () { self.tables(alt); }) : function () {};
  }

  Network.prototype.setModel = function (model) {
    this.model = model;
    this.weights = null;
    this.chart.set(model && model.layers && model.layers.length ? {} : null);
    this.describe();
  };

  Network.prototype.setWeights = function (list) {
    var byLayer = {};
    (list || []).forEach(function (w) { byLayer[w.index] = w; });
    this.weights = byLayer;
    if (this.model) this.chart.set({});
    this.describe();
  };

  Network.prototype.highlight = function (layer) {
    if (this.selected === layer) return;
    this.selected = layer;
    if (this.model) this.chart.schedule();
  };

  /** Columns: the input, then one per layer. Each column lists the units drawn (capped). */
  Network.prototype.columns = function () {
    var cols = [{label: SP.i18n.t('input'), units: this.model.inputs || 0, layer: -1}];
    var prev = this.model.inputs || 0;
    this.model.layers.forEach(function (l, i) {
      var units = l.units || prev;
      cols.push({label: l.name, units: units, layer: i, type: l.type, activation: l.activation});
      prev = units;
    });
    return cols;
  };

  Network.prototype.render = function (c) {
    var ctx = c.ctx, self = this;
    var cols = this.columns();
    var left = 46, right = c.w - 46, top = 34, bottom = c.h - 30;
    var dx = cols.length > 1 ? (right - left) / (cols.length - 1) : 0;
    var geom = cols.map(function (col, ci) {
      var shown = Math.min(col.units, MAX_UNITS);
      var gap = Math.min(34, (bottom - top) / Math.max(shown, 1));
      var r = Math.max(4, Math.min(11, gap * 0.36));
      var y0 = (top + bottom) / 2 - (shown - 1) * gap / 2;
      var ys = [];
      for (var u = 0; u < shown; u++) ys.push(y0 + u * gap);
      return {x: cols.length > 1 ? left + ci * dx : c.w / 2, ys: ys, r: r, col: col, more: col.units - shown};
    });
    this.geom = {cols: geom, dx: dx};

    // selected layer band
    geom.forEach(function (g) {
      if (g.col.layer >= 0 && g.col.layer === self.selected) {
        ctx.fillStyle = 'rgba(240,228,66,0.35)';
        ctx.fillRect(g.x - Math.max(dx, 60) / 2 + 6, 4, Math.max(dx, 60) - 12, c.h - 8);
      }
    });
    // edges
    for (var ci = 1; ci < geom.length; ci++) {
      var a = geom[ci - 1], b = geom[ci];
      var w = this.weights && this.weights[b.col.layer];
      var maxAbs = 0;
      if (w) for (var k = 0; k < w.kernel.length; k++) maxAbs = Math.max(maxAbs, Math.abs(w.kernel[k]));
      for (var i = 0; i < a.ys.length; i++) {
        for (var j = 0; j < b.ys.length; j++) {
          if (!w && b.col.type !== 'Dense' && i !== j) continue; // Dropout/Activation: one-to-one
          var val = w && i < w.rows && j < w.cols ? w.kernel[i * w.cols + j] : null;
          if (val === null) { ctx.strokeStyle = 'rgba(87,96,106,0.25)'; ctx.lineWidth = 1; }
          else {
            var m = maxAbs > 0 ? Math.abs(val) / maxAbs : 0;
            ctx.strokeStyle = val >= 0 ? POS : NEG;
            ctx.globalAlpha = 0.2 + 0.75 * m;
            ctx.lineWidth = 0.5 + 3.5 * m;
          }
          ctx.beginPath(); ctx.moveTo(a.x, a.ys[i]); ctx.lineTo(b.x, b.ys[j]); ctx.stroke();
          ctx.globalAlpha = 1;
        }
      }
    }
    // units and labels
    geom.forEach(function (g) {
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = g.col.layer === self.selected && g.col.layer >= 0 ? INK : MUTED;
      g.ys.forEach(function (y) {
        ctx.fillStyle = NODE;
        ctx.beginPath(); ctx.arc(g.x, y, g.r, 0, Math.PI * 2); ctx.fill(); ctx.stroke();
      });
      ctx.fillStyle = INK; ctx.textAlign = 'center'; ctx.textBaseline = 'bottom';
      ctx.font = 'bold 12px system-ui, sans-serif';
      ctx.fillText(g.col.label, g.x, 20);
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillStyle = MUTED;
      ctx.textBaseline = 'top';
      var sub = g.col.units + (g.col.activation && g.col.activation !== 'linear' ? ' · ' + g.col.activation : '');
      if (g.more > 0) sub = SP.i18n.t('moreUnits', {n: g.more}) + ' · ' + sub;
      ctx.fillText(sub, g.x, c.h - 22);
    });
    if (this.focusLayer >= 0 && document.activeElement === this.canvas) {
      var fg = geom[this.focusLayer + 1];
      if (fg) {
        ctx.strokeStyle = INK; ctx.setLineDash([4, 3]); ctx.lineWidth = 2;
        ctx.strokeRect(fg.x - 28, 2, 56, c.h - 4); ctx.setLineDash([]);
      }
    }
  };

  function segDist(px, py, x1, y1, x2, y2) {
    var vx = x2 - x1, vy = y2 - y1;
    var t = Math.max(0, Math.min(1, ((px - x1) * vx + (py - y1) * vy) / (vx * vx + vy * vy || 1)));
    var dx = px - (x1 + t * vx), dy = py - (y1 + t * vy);
    return Math.sqrt(dx * dx + dy * dy);
  }

  /** What is under the pointer: a unit, an edge, or just a layer column. */
  Network.prototype.hitTest = function (e) {
    if (!this.geom) return null;
    var rect = this.canvas.getBoundingClientRect();
    var x = e.clientX - rect.left, y = e.clientY - rect.top;
    var cols = this.geom.cols, best = null;
    cols.forEach(function (g, ci) {
      g.ys.forEach(function (uy, u) {
        var d = Math.sqrt((x - g.x) * (x - g.x) + (y - uy) * (y - uy));
        if (d <= g.r + 3 && (!best || d < best.d)) best = {d: d, kind: 'unit', col: ci, unit: u};
      });
    });
    if (!best && this.weights) {
      for (var ci = 1; ci < cols.length; ci++) {
        var a = cols[ci - 1], b = cols[ci];
        if (x < a.x || x > b.x) continue;
        var w = this.weights[b.col.layer];
        if (!w) continue;
        for (var i = 0; i < a.ys.length; i++) for (var j = 0; j < b.ys.length; j++) {
          var d = segDist(x, y, a.x, a.ys[i], b.x, b.ys[j]);
          if (d < 4 && (!best || d < best.d)) best = {d: d, kind: 'edge', col: ci, from: i, unit: j};
        }
      }
    }
    if (!best) {
      var half = Math.max(this.geom.dx, 60) / 2;
      cols.forEach(function (g, ci) { if (Math.abs(x - g.x) < half && !best) best = {kind: 'layer', col: ci}; });
    }
    if (best) best.layer = cols[best.col].col.layer;
    return best;
  };

  Network.prototype.describeHit = function (hit) {
    var g = this.geom.cols[hit.col], t = SP.i18n.t;
    var w = this.weights && this.weights[g.col.layer];
    if (hit.kind === 'edge') {
      return g.col.label + ' · ' + t('weight') + ' [' + hit.from + ', ' + hit.unit + '] = ' +
          w.kernel[hit.from * w.cols + hit.unit].toPrecision(4);
    }
    if (hit.kind === 'unit') {
      var s = g.col.label + ' · ' + (g.col.layer < 0 ? 'x[:, ' + hit.unit + ']' : 'unit ' + hit.unit);
      if (w && w.bias && hit.unit < w.bias.length) s += ' · ' + t('bias') + ' = ' + w.bias[hit.unit].toPrecision(4);
      return s;
    }
    return g.col.label + (g.col.type ? ' (' + g.col.type + ')' : '') + ' · ' + g.col.units + ' ' + t('units');
  };

  Network.prototype.hover = function (e) {
    var hit = this.hitTest(e);
    this.canvas.style.cursor = hit && hit.layer >= 0 ? 'pointer' : 'default';
    if (!hit) { this.tip.hidden = true; return; }
    this.tip.textContent = this.describeHit(hit);
    this.tip.hidden = false;
    var rect = this.canvas.getBoundingClientRect();
    var fig = this.canvas.parentNode.getBoundingClientRect();
    this.tip.style.left = Math.min(e.clientX - fig.left + 12, rect.width - this.tip.offsetWidth - 4) + 'px';
    this.tip.style.top = (e.clientY - fig.top + 14) + 'px';
  };

  /** Arrow keys move between layers (value shown in the tooltip), Enter goes to the layer's code line. */
  Network.prototype.key = function (e) {
    if (!this.model || !this.model.layers.length) return;
    var n = this.model.layers.length;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      this.focusLayer = this.focusLayer < 0 ? 0 : (this.focusLayer + (e.key === 'ArrowRight' ? 1 : -1) + n) % n;
      this.chart.schedule();
      var g = this.geom && this.geom.cols[this.focusLayer + 1];
      if (g) {
        this.tip.textContent = this.describeHit({kind: 'layer', col: this.focusLayer + 1});
        this.tip.hidden = false;
        this.tip.style.left = Math.max(0, g.x - 60) + 'px';
        this.tip.style.top = '30px';
      }
      e.preventDefault();
    } else if ((e.key === 'Enter' || e.key === ' ') && this.focusLayer >= 0) {
      if (this.onLayerClick) this.onLayerClick(this.focusLayer);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      this.tip.hidden = true;
    }
  };

  /** The text alternative: an aria-label summary and a table per layer (weights capped at 12 × 12). */
  Network.prototype.describe = function () {
    this.altTables();
    if (!this.model) { this.canvas.setAttribute('aria-label', SP.i18n.t('noNetwork')); return; }
    var cols = this.columns();
    this.canvas.setAttribute('aria-label', cols.map(function (c) {
      return c.label + ' ' + c.units + (c.activation ? ' ' + c.activation : '');
    }).join(' → '));
  };

  Network.prototype.tables = function (alt) {
    alt.innerHTML = '';
    if (!this.model) return;
    var self = this;
    this.model.layers.forEach(function (l, i) {
      var w = self.weights && self.weights[i];
      if (!w) return;
      var rows = [];
      for (var r = 0; r < Math.min(w.rows, MAX_UNITS); r++) {
        var row = [];
        for (var c = 0; c < Math.min(w.cols, MAX_UNITS); c++) row.push(w.kernel[r * w.cols + c].toPrecision(4));
        rows.push(row);
      }
      if (w.bias) {
        var b = [];
        for (var k = 0; k < Math.min(w.cols, MAX_UNITS); k++) b.push(w.bias[k].toPrecision(4));
        rows.push(b);
      }
      var header = [];
      for (var h = 0; h < Math.min(w.cols, MAX_UNITS); h++) header.push('unit ' + h);
      var index = [];
      for (var q = 0; q < Math.min(w.rows, MAX_UNITS); q++) index.push('in ' + q);
      if (w.bias) index.push(SP.i18n.t('bias'));
      alt.appendChild(SP.Console.table(header, rows, index, l.name + ' kernel', l.name));
    });
  };

  return Network;
})();
