/**
 * The steps of `npm run check` (package.json: `astro check && eslint . && prettier --check .`).
 * `npm test` runs them at the same time rather than one after the other: they only read the
 * repository, and on two cores the three together take about two thirds of their sum. A
 * script that is not a plain `&&` chain is run as it is, as one step.
 */
export function checkSteps(script: string): string[] {
  if (/[|;<>`$()]|\|\||&(?!&)/.test(script.replaceAll('&&', ''))) return [script.trim()];
  const steps = script
    .split('&&')
    .map((s) => s.trim())
    .filter(Boolean);
  return steps.length ? steps : [script.trim()];
}
