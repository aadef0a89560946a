// "Not check-worthy · check-worthiness 100 %" read as a contradiction (walk of stop 46): where the desk's check-worthy switch
// and the engine's estimate clearly disagree, the estimate is shown as the engine's, overruled (claim cards, search results).
const LOW = 0.2;
const HIGH = 0.5;

/** Whether the desk's check-worthy switch clearly disagrees with the engine's estimate. */
export const isOverruled = (checkworthy: boolean, checkworthiness: number) => (checkworthy ? checkworthiness < LOW : checkworthiness >= HIGH);
