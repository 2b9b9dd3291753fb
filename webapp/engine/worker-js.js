/* Worker boot for the JavaScript build over http(s). */
importScripts('seqplay.js', 'worker-glue.js');
SeqplayGlue.bootJs();
