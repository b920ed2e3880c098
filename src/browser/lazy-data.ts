/**
 * Large data (word frequencies, homophone groups — the typo model's inputs) in browser bundles.
 *
 * Here, in the Node build (tsc), every data module is an ordinary static import, so there is
 * nothing to load: both functions are trivial. `scripts/build-browser.mjs` replaces this module in
 * the ESM and IIFE bundles with one that fetches the data once, on the first check (a dynamic-import
 * chunk for ESM, a classic script beside the bundle for IIFE), and fills the slots the large imports
 * were turned into. Keep the two signatures in step with the build script.
 */
export async function loadLazyData(): Promise<void> {}

export function lazyDataLoaded(): boolean {
  return true;
}
