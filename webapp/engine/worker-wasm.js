/* Worker boot for the Wasm-GC build over http(s). */
importScripts('seqplay.wasm-runtime.js', 'worker-glue.js');
SeqplayGlue.bootWasm('seqplay.wasm');
