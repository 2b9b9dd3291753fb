/* matplotlib figures: what a program's plt.* calls built (the engine's 'figure' event), drawn on a canvas in the
 * output where plt.show() ran, as a notebook shows it under the cell. Axes, ticks and fonts come from charts.js,
 * so the figures look like the page's own charts; colours are those the program named, the default cycle being
 * the page's colour-blind-safe palette. Each figure carries a text alternative (figcaption) naming its titles,
 * axis labels and series. */
var SP = window.SP || (window.SP = {});

SP.figures = (function () {
  var INK = '#1f2328', MUTED = '#57606a', GRID = '#d8dee4';

  // Colour maps as a few stops, interpolated; enough to read values, not a pixel copy of matplotlib's.
  var MAPS = {
    gray: ['#000000', '#ffffff'], Greys: ['#ffffff', '#000000'], binary: ['#ffffff', '#000000'],
    viridis: ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'],
    plasma: ['#0d0887', '#7e03a8', '#cc4778', '#f89540', '#f0f921'],
    magma: ['#000004', '#51127c', '#b73779', '#fc8961', '#fcfdbf'],
    inferno: ['#000004', '#56106e', '#bb3754', '#f98e09', '#fcffa4'],
    coolwarm: ['#3b4cc0', '#aac7fd', '#dddddd', '#f7b89c', '#b40426'],
    bwr: ['#0000ff', '#ffffff', '#ff0000'], RdBu: ['#67001f', '#f7f7f7', '#053061'],
    jet: ['#000080', '#0000ff', '#00ffff', '#ffff00', '#ff0000', '#800000'],
    rainbow: ['#8000ff', '#00b5eb', '#80ffb4', '#ffb360', '#ff0000'],
    hot: ['#000000', '#ff0000', '#ffff00', '#ffffff'], cool: ['#00ffff', '#ff00ff'],
    spring: ['#ff00ff', '#ffff00'], summer: ['#008066', '#ffff66'], autumn: ['#ff0000', '#ffff00'],
    winter: ['#0000ff', '#00ff80'], Blues: ['#f7fbff', '#08306b'], Reds: ['#fff5f0', '#67000d'],
    Spectral: ['#9e0142', '#fdae61', '#ffffbf', '#abdda4', '#5e4fa2']
  };
  var QUALITATIVE = ['tab10', 'Set1', 'Paired'];

  function hex(c) { return [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)]; }

  /** A function from t in [0, 1] to a CSS colour for the named map ('_r' reverses it). */
  function colormap(name) {
    var reversed = /_r$/.test(name), base = name.replace(/_r$/, '');
    if (QUALITATIVE.indexOf(base) >= 0) {
      var pal = SP.charts.classColors;
      return function (t, k) { return pal[(k === undefined ? Math.round(t * 9) : k) % pal.length]; };
    }
    var stops = (MAPS[base] || MAPS.viridis).map(hex);
    return function (t) {
      if (!(t === t)) return 'rgba(0,0,0,0)';
      t = Math.max(0, Math.min(1, reversed ? 1 - t : t));
      var f = t * (stops.length - 1), i = Math.min(stops.length - 2, Math.floor(f)), u = f - i;
      var a = stops[i], b = stops[i + 1];
      return 'rgb(' + Math.round(a[0] + (b[0] - a[0]) * u) + ',' + Math.round(a[1] + (b[1] - a[1]) * u) + ','
          + Math.round(a[2] + (b[2] - a[2]) * u) + ')';
    };
  }

  function range(a) {
    var lo = Infinity, hi = -Infinity;
    for (var i = 0; i < a.length; i++) { var v = a[i]; if (v === v && isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; } }
    return lo === Infinity ? [0, 1] : [lo, hi];
  }

  function pad(r, frac) {
    var span = r[1] - r[0] || 1;
    return [r[0] - span * frac, r[1] + span * frac];
  }

  function dash(ctx, style) {
    ctx.setLineDash(style === '--' ? [6, 4] : style === ':' ? [2, 3] : style === '-.' ? [6, 3, 2, 3] : []);
  }

  /** matplotlib's marker letters drawn with the page's shapes. */
  function markerShape(m) {
    return {o: 'circle', '.': 'circle', ',': 'circle', s: 'square', '^': 'triangle', v: 'down', D: 'diamond',
      d: 'diamond', x: 'cross', '+': 'plus', '*': 'star', p: 'square', h: 'circle', H: 'circle'}[m] || 'circle';
  }

  function drawImage(ctx, art, box) {
    var rows = art.rows, cols = art.cols, vals = art.values, r = range(vals), cm = colormap(art.cmap);
    var size = Math.min((box.right - box.left) / cols, (box.bottom - box.top) / rows);
    var x0 = box.left + ((box.right - box.left) - size * cols) / 2, y0 = box.top + ((box.bottom - box.top) - size * rows) / 2;
    for (var i = 0; i < rows; i++) {
      for (var j = 0; j < cols; j++) {
        ctx.fillStyle = cm((vals[i * cols + j] - r[0]) / ((r[1] - r[0]) || 1));
        ctx.fillRect(x0 + j * size, y0 + i * size, Math.ceil(size), Math.ceil(size));
      }
    }
    if (!box.axisOff) { // with axis('off') matplotlib draws the image alone, without its frame
      ctx.strokeStyle = MUTED; ctx.lineWidth = 1;
      ctx.strokeRect(x0 + 0.5, y0 + 0.5, size * cols - 1, size * rows - 1);
    }
  }

  /** One axes inside the rectangle (x, y, w, h) of the canvas. */
  function drawAxes(ctx, ax, x, y, w, h) {
    ctx.save();
    ctx.translate(x, y);
    var c = {ctx: ctx, w: w, h: h};
    var arts = ax.artists;
    var images = arts.filter(function (a) { return a.type === 'image'; });
    if (images.length) {
      if (ax.title) { ctx.fillStyle = INK; ctx.textAlign = 'center'; ctx.textBaseline = 'top'; ctx.fillText(ax.title, w / 2, 4); }
      drawImage(ctx, images[images.length - 1], {left: 8, right: w - 8, top: ax.title ? 24 : 8, bottom: h - 8,
        axisOff: ax.axisOff});
      ctx.restore();
      return;
    }
    var xs = [], ys = [], names = null, bars = false;
    arts.forEach(function (a) {
      if (a.type === 'bars') {
        bars = true;
        for (var i = 0; i < a.x.length; i++) { xs.push(a.x[i] - a.width / 2, a.x[i] + a.width / 2); ys.push(0, a.heights[i]); }
        if (a.names && a.names.length) names = a.names.map(function (n, i) { return {v: a.x[i], label: n}; });
      } else {
        for (var k = 0; k < a.x.length; k++) { xs.push(a.x[k]); ys.push(a.y[k]); }
      }
    });
    var xr = ax.xlim.length ? ax.xlim : pad(range(xs), bars ? 0.02 : 0.05);
    var yr = ax.ylim.length ? ax.ylim : pad(range(ys), 0.05);
    if (bars && !ax.ylim.length && yr[0] < 0 && range(ys)[0] >= 0) yr[0] = 0;
    var box = ax.axisOff ? {left: 8, right: w - 8, top: ax.title ? 26 : 8, bottom: h - 8,
      x: function (v) { return 8 + (v - xr[0]) / (xr[1] - xr[0]) * (w - 16); },
      y: function (v) { return h - 8 - (v - yr[0]) / (yr[1] - yr[0]) * (h - (ax.title ? 34 : 16)); }}
      : SP.charts.axes(c, xr, yr, {title: ax.title, xLabel: ax.xlabel, xTicks: names || undefined, top: ax.title ? 26 : 12});
    if (ax.axisOff && ax.title) { ctx.fillStyle = INK; ctx.textAlign = 'center'; ctx.textBaseline = 'top'; ctx.fillText(ax.title, w / 2, 4); }
    if (ax.ylabel && !ax.axisOff) {
      ctx.save(); ctx.fillStyle = MUTED; ctx.textAlign = 'center'; ctx.textBaseline = 'top';
      ctx.translate(2, (box.top + box.bottom) / 2); ctx.rotate(-Math.PI / 2); ctx.fillText(ax.ylabel, 0, 0); ctx.restore();
    }
    ctx.save();
    ctx.beginPath(); ctx.rect(box.left, box.top - 2, box.right - box.left, box.bottom - box.top + 4); ctx.clip();
    arts.forEach(function (a) {
      if (a.type === 'bars') {
        ctx.fillStyle = a.color;
        for (var i = 0; i < a.x.length; i++) {
          var x0 = box.x(a.x[i] - a.width / 2), x1 = box.x(a.x[i] + a.width / 2);
          var y0 = box.y(Math.max(0, yr[0])), y1 = box.y(a.heights[i]);
          ctx.fillRect(Math.min(x0, x1), Math.min(y0, y1), Math.max(1, Math.abs(x1 - x0) - 1), Math.abs(y1 - y0));
        }
      } else if (a.type === 'line') {
        ctx.strokeStyle = a.color; ctx.fillStyle = a.color; ctx.lineWidth = 1.75;
        if (a.linestyle && a.linestyle !== 'None' && a.linestyle !== 'none' && a.linestyle !== '') {
          dash(ctx, a.linestyle);
          ctx.beginPath();
          var started = false;
          for (var k = 0; k < a.x.length; k++) {
            var vx = a.x[k], vy = a.y[k];
            if (!(vx === vx && vy === vy)) { started = false; continue; }
            if (started) ctx.lineTo(box.x(vx), box.y(vy)); else { ctx.moveTo(box.x(vx), box.y(vy)); started = true; }
          }
          ctx.stroke();
          ctx.setLineDash([]);
        }
        if (a.marker) {
          for (var m = 0; m < a.x.length; m++) {
            SP.charts.marker(ctx, markerShape(a.marker), box.x(a.x[m]), box.y(a.y[m]), a.marker === '.' ? 2 : 3.5);
            ctx.fill();
          }
        }
      } else if (a.type === 'scatter') {
        var cm = a.c.length ? colormap(a.cmap) : null, cr = a.c.length ? range(a.c) : null;
        var r = Math.max(1.5, Math.sqrt(a.size) / 2 * 0.9);
        ctx.globalAlpha = a.alpha;
        for (var p = 0; p < a.x.length; p++) {
          ctx.fillStyle = cm ? cm((a.c[p] - cr[0]) / ((cr[1] - cr[0]) || 1), a.c[p] === Math.round(a.c[p]) ? a.c[p] : undefined) : a.color;
          ctx.beginPath(); ctx.arc(box.x(a.x[p]), box.y(a.y[p]), r, 0, 2 * Math.PI); ctx.fill();
        }
        ctx.globalAlpha = 1;
      }
    });
    ctx.restore();
    if (ax.legend) {
      var labelled = arts.filter(function (a) { return a.label && a.label.charAt(0) !== '_'; });
      if (labelled.length) {
        var lw = 0;
        labelled.forEach(function (a) { lw = Math.max(lw, ctx.measureText(a.label).width); });
        var lx = box.right - lw - 40, ly = box.top + 6;
        ctx.fillStyle = 'rgba(255,255,255,0.85)'; ctx.strokeStyle = GRID;
        ctx.fillRect(lx, ly, lw + 34, labelled.length * 18 + 6); ctx.strokeRect(lx + 0.5, ly + 0.5, lw + 33, labelled.length * 18 + 5);
        labelled.forEach(function (a, i) {
          var yy = ly + 12 + i * 18;
          ctx.strokeStyle = a.color || INK; ctx.fillStyle = a.color || INK; ctx.lineWidth = 2;
          if (a.type === 'line' && a.linestyle) { dash(ctx, a.linestyle); ctx.beginPath(); ctx.moveTo(lx + 6, yy); ctx.lineTo(lx + 24, yy); ctx.stroke(); ctx.setLineDash([]); }
          else { ctx.fillRect(lx + 9, yy - 5, 10, 10); }
          ctx.fillStyle = INK; ctx.textAlign = 'left'; ctx.textBaseline = 'middle'; ctx.fillText(a.label, lx + 29, yy);
        });
      }
    }
    ctx.restore();
  }

  function draw(canvas, fig) {
    var c = SP.charts.setup(canvas);
    if (!c) return;
    var ctx = c.ctx;
    ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, c.w, c.h);
    var top = 0;
    if (fig.suptitle) { // above the whole grid, as fig.suptitle places it
      ctx.font = 'bold ' + SP.charts.font; ctx.fillStyle = INK; ctx.textAlign = 'center'; ctx.textBaseline = 'top';
      ctx.fillText(fig.suptitle, c.w / 2, 4);
      top = 24;
    }
    fig.axes.forEach(function (ax) {
      var row = Math.floor((ax.index - 1) / ax.cols), col = (ax.index - 1) % ax.cols;
      var w = c.w / ax.cols, h = (c.h - top) / ax.rows;
      ctx.font = SP.charts.font;
      drawAxes(ctx, ax, col * w, top + row * h, w, h);
    });
  }

  /** The text alternative: per axes, its title, axis labels and what is drawn. */
  function describe(fig) {
    var text = fig.axes.map(function (ax, i) {
      var parts = [(fig.axes.length > 1 ? 'Axes ' + (i + 1) + ': ' : '') + (ax.title || 'Figure')];
      if (ax.xlabel) parts.push('x: ' + ax.xlabel);
      if (ax.ylabel) parts.push('y: ' + ax.ylabel);
      ax.artists.forEach(function (a) {
        var n = a.type === 'image' ? a.rows + '×' + a.cols : (a.x ? a.x.length : 0);
        var kind = {line: 'line', scatter: 'scatter', bars: 'bars', image: 'image'}[a.type];
        var named = a.label && a.label.charAt(0) !== '_';
        parts.push(kind + (named ? ' "' + a.label + '"' : '') + ' (' + n + (a.type === 'image' ? ')' : ' points)'));
      });
      return parts.join('; ');
    }).join('. ');
    return fig.suptitle ? fig.suptitle + '. ' + text : text;
  }

  /** A <figure> element with the canvas and its caption; drawn once it is in the document. */
  function render(fig) {
    var box = document.createElement('figure');
    box.className = 'sp-figure';
    var canvas = document.createElement('canvas');
    canvas.className = 'sp-figure-canvas';
    canvas.setAttribute('role', 'img');
    var text = describe(fig);
    canvas.setAttribute('aria-label', text);
    canvas.style.aspectRatio = fig.width + ' / ' + fig.height;
    var cap = document.createElement('figcaption');
    cap.className = 'sp-vh';
    cap.textContent = text;
    box.appendChild(canvas);
    box.appendChild(cap);
    var drawn = false;
    function redraw() { if (canvas.isConnected && canvas.clientWidth) { draw(canvas, fig); drawn = true; } }
    requestAnimationFrame(redraw);
    if (window.ResizeObserver) new ResizeObserver(function () { redraw(); }).observe(canvas);
    box.redraw = redraw;
    return box;
  }

  return {render: render, describe: describe};
})();
