// The speed reference named by issue 2: the npm ts-textrank package summarizing each Multi-News
// event (its articles joined by newlines) to 10 sentences. Reads the JSONL that
// `precis eval --export` writes and writes one {"id", "summary"} line per event; prints the
// time of the whole run (reading, summarizing, writing) on stderr, as precis's batch is timed.
//
// Usage: node textrank_baseline.js IN.jsonl OUT.jsonl  (with ts-textrank on NODE_PATH)
'use strict';
const fs = require('fs');
const tr = require('ts-textrank');

const [, , inPath, outPath] = process.argv;
const start = process.hrtime.bigint();
const lines = fs.readFileSync(inPath, 'utf8').split('\n').filter((l) => l.length > 0);
const config = new tr.AbsoluteSummarizerConfig(10, new tr.SorensenDiceSimilarity(),
    new tr.DefaultTextParser(), 0.85, tr.Summarizer.SORT_OCCURENCE);
const summarizer = new tr.Summarizer(config, new tr.NullLogger());
const out = [];
let failed = 0;
for (const line of lines) {
  const event = JSON.parse(line);
  const text = event.documents.map((d) => (typeof d === 'string' ? d : d.text)).join('\n');
  let summary = [];
  try {
    summary = summarizer.summarize(text, 'en');
  } catch (e) {
    ++failed;  // counted, not fatal: the timing covers every event either way
  }
  out.push(JSON.stringify({id: event.id, summary: summary.join('\n')}));
}
fs.writeFileSync(outPath, out.join('\n') + '\n');
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stderr.write(`${lines.length} ${seconds.toFixed(3)} ${failed}\n`);
