/** Binary search for the largest scale at which content fits; pure. */

/** The outcome of a fit search. */
export interface FitSearch {
  scale: number;
  fits: boolean;
}

/** Returns the largest scale in [min, max] for which `fits` holds (within `tolerance`), or `min` with fits=false. */
export function searchScale(fits: (scale: number) => boolean, min: number, max: number, tolerance = 0.004): FitSearch {
  if (fits(max)) return { scale: max, fits: true };
  // A search of one scale asks once.
  if (min === max || !fits(min)) return { scale: min, fits: false };
  let lo = min;
  let hi = max;
  while (hi - lo > tolerance * lo) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return { scale: lo, fits: true };
}
