import { scanBundle } from './scan-bundle';

/** The worker thread of a fleet scan (piscina): one bundle per task. */
export default scanBundle;
