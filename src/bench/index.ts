/**
 * `npm run bench`: every benchmark measures its baseline in the same process and prints ratios.
 * Each module under src/bench exports `run(): Promise<void>`; pass names to run only some:
 *   npm run bench -- parse collect
 */
import "../util/gc-tuning.js";

const SUITES = ["parse", "normalize", "evaluate", "collect"] as const;

const wanted = process.argv.slice(2);
for (const name of SUITES) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  let mod: { run(): Promise<void> };
  try {
    mod = (await import(`./${name}.js`)) as { run(): Promise<void> };
  } catch {
    console.log(`[${name}] not available in this build`);
    continue;
  }
  console.log(`\n=== ${name} ===`);
  await mod.run();
}
