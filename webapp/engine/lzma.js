/* LZMA decoder for the Wasm module the page posts to the worker (engine/embedded-wasm.js).
 *
 * Why: LZMA packs the Wasm-GC module a quarter smaller than gzip (about 280 KB against 375 KB), a tenth of the
 * site's 1 MB budget, and browsers decompress only gzip and deflate natively. The build (src/build/java/Embed.java)
 * writes the ".lzma" format with xz-java: a 13-byte header (properties lc/lp/pb, dictionary size, uncompressed
 * size) and one LZMA stream. This decodes that format, with the size known in the header, nothing else.
 *
 * The decoder follows the format as the LZMA SDK specifies it: a binary range decoder with adaptive 11-bit
 * probabilities, literals coded in the context of the previous byte (and, after a match, of the byte the match
 * would have put there), lengths and distances from bit trees, and four recent distances reused by "rep" matches.
 * Unsigned 32-bit arithmetic is written with >>> 0. */
var SeqplayLzma = (function () {
  'use strict';

  var PROB_INIT = 1024;          // half of the 11-bit probability scale
  var STATES = 12;
  var POS_STATES_MAX = 16;
  var LEN_LOW = 8, LEN_MID = 8, LEN_HIGH = 256;

  function RangeDecoder(input, pos) {
    if (input[pos] !== 0) throw new Error('lzma: bad range coder start');
    this.input = input;
    this.pos = pos + 5;
    this.range = 0xFFFFFFFF;
    this.code = ((input[pos + 1] << 24) | (input[pos + 2] << 16) | (input[pos + 3] << 8) | input[pos + 4]) >>> 0;
  }

  RangeDecoder.prototype.bit = function (probs, i) {
    var p = probs[i];
    var bound = ((this.range >>> 11) * p) >>> 0;
    var b;
    if (this.code < bound) {
      this.range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      b = 0;
    } else {
      this.range = (this.range - bound) >>> 0;
      this.code = (this.code - bound) >>> 0;
      probs[i] = p - (p >>> 5);
      b = 1;
    }
    if (this.range < 0x1000000) {
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.input[this.pos++]) >>> 0;
    }
    return b;
  };

  /** numBits bits with probability one half each, most significant first. */
  RangeDecoder.prototype.direct = function (numBits) {
    var r = 0;
    for (; numBits > 0; numBits--) {
      this.range = this.range >>> 1;
      var b = this.code >= this.range ? 1 : 0;
      if (b) this.code = (this.code - this.range) >>> 0;
      r = ((r << 1) | b) >>> 0;
      if (this.range < 0x1000000) {
        this.range = (this.range << 8) >>> 0;
        this.code = ((this.code << 8) | this.input[this.pos++]) >>> 0;
      }
    }
    return r;
  };

  /** A bit tree of numBits levels at probs[offset + 1 ...], most significant bit first. */
  RangeDecoder.prototype.tree = function (probs, offset, numBits) {
    var m = 1;
    for (var i = 0; i < numBits; i++) m = (m << 1) | this.bit(probs, offset + m);
    return m - (1 << numBits);
  };

  /** The same tree read least significant bit first. */
  RangeDecoder.prototype.reverse = function (probs, offset, numBits) {
    var m = 1, sym = 0;
    for (var i = 0; i < numBits; i++) {
      var b = this.bit(probs, offset + m);
      m = (m << 1) | b;
      sym |= b << i;
    }
    return sym;
  };

  function probs(n) {
    var a = new Uint16Array(n);
    a.fill(PROB_INIT);
    return a;
  }

  /** Match lengths (2..273): a choice bit, then 3 bits (low, per position state), 3 bits (mid) or 8 bits (high). */
  function LenDecoder() {
    this.choice = probs(2);
    this.low = probs(POS_STATES_MAX << 3);
    this.mid = probs(POS_STATES_MAX << 3);
    this.high = probs(LEN_HIGH);
  }

  LenDecoder.prototype.decode = function (rc, posState) {
    if (rc.bit(this.choice, 0) === 0) return rc.tree(this.low, (posState << 3) - 1, 3);
    if (rc.bit(this.choice, 1) === 0) return LEN_LOW + rc.tree(this.mid, (posState << 3) - 1, 3);
    return LEN_LOW + LEN_MID + rc.tree(this.high, -1, 8);
  };

  /** The uncompressed bytes of a ".lzma" file whose header gives the size. */
  function decode(input) {
    var d = input[0];
    if (d >= 225) throw new Error('lzma: bad properties');
    var lc = d % 9, lp = Math.floor(d / 9) % 5, pb = Math.floor(d / 45);
    var lo = input[5] + input[6] * 256 + input[7] * 65536 + input[8] * 16777216;
    var hi = input[9] + input[10] * 256 + input[11] * 65536 + input[12] * 16777216;
    if (hi !== 0) throw new Error('lzma: the size must be known and below 4 GiB');
    var size = lo;
    var out = new Uint8Array(size);
    var rc = new RangeDecoder(input, 13);

    var literal = probs(0x300 << (lc + lp));
    var isMatch = probs(STATES << 4), isRep0Long = probs(STATES << 4);
    var isRep = probs(STATES), isRepG0 = probs(STATES), isRepG1 = probs(STATES), isRepG2 = probs(STATES);
    var posSlot = probs(4 << 6);             // 6-bit slots, one tree per length state 0..3
    var posSpecial = probs(1 + 114);          // distances 4..127, reverse trees below slot 14
    var align = probs(16);
    var lenDec = new LenDecoder(), repLenDec = new LenDecoder();
    var pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
    var state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
    var n = 0;

    while (n < size) {
      var posState = n & pbMask;
      if (rc.bit(isMatch, (state << 4) + posState) === 0) {
        var prev = n > 0 ? out[n - 1] : 0;
        var base = 0x300 * (((n & lpMask) << lc) + (prev >>> (8 - lc)));
        var sym = 1;
        if (state >= 7) {
          // after a match: the byte the match would continue with steers the first bits
          var matchByte = out[n - rep0 - 1];
          while (sym < 0x100) {
            var matchBit = (matchByte >>> 7) & 1;
            matchByte <<= 1;
            var b = rc.bit(literal, base + ((1 + matchBit) << 8) + sym);
            sym = (sym << 1) | b;
            if (matchBit !== b) break;
          }
        }
        // the hot path, the range decoder's bit() written out (about a third faster in V8)
        var range = rc.range, code = rc.code, inPos = rc.pos;
        while (sym < 0x100) {
          var pi = base + sym, p = literal[pi];
          var bound = ((range >>> 11) * p) >>> 0;
          if (code < bound) {
            range = bound;
            literal[pi] = p + ((2048 - p) >>> 5);
            sym = sym << 1;
          } else {
            range = (range - bound) >>> 0;
            code = (code - bound) >>> 0;
            literal[pi] = p - (p >>> 5);
            sym = (sym << 1) | 1;
          }
          if (range < 0x1000000) {
            range = (range << 8) >>> 0;
            code = ((code << 8) | input[inPos++]) >>> 0;
          }
        }
        rc.range = range; rc.code = code; rc.pos = inPos;
        out[n++] = sym & 0xFF;
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      var len;
      if (rc.bit(isRep, state) === 0) {
        // a new distance
        rep3 = rep2; rep2 = rep1; rep1 = rep0;
        len = lenDec.decode(rc, posState);
        state = state < 7 ? 7 : 10;
        var lenState = len < 3 ? len : 3;
        var slot = rc.tree(posSlot, (lenState << 6) - 1, 6);
        if (slot < 4) {
          rep0 = slot;
        } else {
          var direct = (slot >>> 1) - 1;
          var dist = ((2 | (slot & 1)) << direct) >>> 0;
          if (slot < 14) {
            dist = (dist + rc.reverse(posSpecial, dist - slot, direct)) >>> 0;
          } else {
            dist = (dist + (rc.direct(direct - 4) << 4)) >>> 0;
            dist = (dist + rc.reverse(align, -1, 4)) >>> 0;
          }
          rep0 = dist;
        }
        if (rep0 === 0xFFFFFFFF) break; // end marker
      } else {
        if (n === 0) throw new Error('lzma: repeat before any data');
        if (rc.bit(isRepG0, state) === 0) {
          if (rc.bit(isRep0Long, (state << 4) + posState) === 0) {
            // one byte from the last distance
            state = state < 7 ? 9 : 11;
            out[n] = out[n - rep0 - 1];
            n++;
            continue;
          }
        } else {
          var d2;
          if (rc.bit(isRepG1, state) === 0) {
            d2 = rep1;
          } else {
            if (rc.bit(isRepG2, state) === 0) {
              d2 = rep2;
            } else {
              d2 = rep3;
              rep3 = rep2;
            }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = d2;
        }
        len = repLenDec.decode(rc, posState);
        state = state < 7 ? 8 : 11;
      }
      len += 2;
      if (rep0 >= n) throw new Error('lzma: distance beyond the data');
      var from = n - rep0 - 1;
      var end = Math.min(n + len, size);
      if (from + (end - n) <= n) {
        out.copyWithin(n, from, from + (end - n)); // source and target apart: one native copy
        n = end;
      } else {
        while (n < end) out[n++] = out[from++];
      }
    }
    if (n !== size) throw new Error('lzma: data ends early');
    return out;
  }

  return {decode: decode};
})();
