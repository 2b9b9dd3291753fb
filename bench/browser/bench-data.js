/* The benchmark's data recipe, line for line as seqplay.bench.BenchData (Java) and the workload sizes of
 * seqplay.bench.Workloads, so that TensorFlow.js trains on the same data as the playground's builds.
 * Uniforms come from a 32-bit xorshift generator (exactly the Java values); Box–Muller noise uses JavaScript's
 * Math.log/cos/sin, which may differ from the playground's Maths in the last bit (BenchPageIT checks the gap).
 * A classic script: works with importScripts in a worker and with a script tag. */
var BenchData = (function () {
  function Gen(seed) {
    this.state = seed === 0 ? 1 : seed | 0;
  }
  /** Uniform in [0, 1): xorshift32 (13, 17, 5), the unsigned 32-bit value over 2^32. */
  Gen.prototype.uniform = function () {
    var x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x;
    return ((x >>> 1) * 2.0 + (x & 1)) / 4294967296.0;
  };
  Gen.prototype.gaussian = function () {
    var u = 1.0 - this.uniform();
    var v = this.uniform();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  };

  /** W1: x uniform in [-1, 1), y = 3x + 2 + N(0, 0.1). */
  function line(n, seed) {
    var r = new Gen(seed);
    var x = new Float64Array(n), y = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      x[i] = 2 * r.uniform() - 1;
      y[i] = 3 * x[i] + 2 + 0.1 * r.gaussian();
    }
    return {x: x, y: y};
  }

  /** W2: two interleaving half circles (the outer one labelled 0), Gaussian noise, rows alternating. */
  function moons(n, noise, seed) {
    var r = new Gen(seed);
    var x = new Float64Array(2 * n), y = new Float64Array(n);
    var half = Math.floor(n / 2);
    for (var i = 0; i < n; i++) {
      var inner = i % 2 === 1;
      var k = Math.floor(i / 2);
      var t = Math.PI * k / Math.max(1, half - 1);
      var px = inner ? 1 - Math.cos(t) : Math.cos(t);
      var py = inner ? 0.5 - Math.sin(t) : Math.sin(t);
      x[2 * i] = px + noise * r.gaussian();
      x[2 * i + 1] = py + noise * r.gaussian();
      y[i] = inner ? 1 : 0;
    }
    return {x: x, y: y};
  }

  /** W3: features uniform in [0, 1), labels uniform over the classes, one-hot. */
  function uniformClasses(n, features, classes, seed) {
    var r = new Gen(seed);
    var x = new Float64Array(n * features);
    for (var i = 0; i < x.length; i++) x[i] = r.uniform();
    var y = new Float64Array(n * classes);
    for (var j = 0; j < n; j++) y[j * classes + Math.floor(r.uniform() * classes)] = 1.0;
    return {x: x, y: y};
  }

  function rows(full, scale) { return Math.max(32, Math.floor(full * scale)); }
  function epochs(full, scale) { return Math.max(1, Math.floor(full * scale)); }

  /** A workload's sizes and data at a scale, as Workloads.create makes them. */
  function workload(id, scale) {
    var n, d;
    switch (id) {
      case 'W1':
        n = rows(1000, scale); d = line(n, 11);
        return {id: id, rows: n, features: 1, outputs: 1, epochs: epochs(100, scale), x: d.x, y: d.y};
      case 'W2':
        n = rows(1000, scale); d = moons(n, 0.1, 12);
        return {id: id, rows: n, features: 2, outputs: 1, epochs: epochs(100, scale), x: d.x, y: d.y};
      case 'W3':
        n = rows(10000, scale); d = uniformClasses(n, 784, 10, 13);
        return {id: id, rows: n, features: 784, outputs: 10, epochs: 1, x: d.x, y: d.y};
      default:
        throw new Error('unknown workload ' + id);
    }
  }

  /** Dense-layer FLOPs of one fit, counted as Workload.flops() counts them. */
  function flops(w) {
    var units = {W1: [1], W2: [8, 8, 1], W3: [128, 10]}[w.id];
    var perSample = 0, inDim = w.features;
    for (var i = 0; i < units.length; i++) {
      perSample += 2.0 * inDim * units[i] * (i === 0 ? 2 : 3);
      inDim = units[i];
    }
    return perSample * w.rows * w.epochs;
  }

  return {line: line, moons: moons, uniformClasses: uniformClasses, workload: workload, flops: flops};
})();
