// `npm run build` = next build + this: the worker threads' bundle (see scripts/lib/build-workers.ts).
import { buildWorkers, WORKER_BUNDLE } from "./lib/build-workers";

buildWorkers();
console.log(`▸ Worker bundle: ${WORKER_BUNDLE}`);
