import { runHostileCorpus } from '/work/wt-hostile/sync-server/test/hostile/run-corpus.ts';
const r = await runHostileCorpus({ minFrames: 600, seed: 2026 });
console.log(
  JSON.stringify(
    { ...r, unexpected: r.unexpected.slice(0, 20), nUnexpected: r.unexpected.length },
    null,
    1,
  ),
);
