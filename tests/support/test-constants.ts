export const DEMO_PASSWORD = "factdesk-test-password";
/** The shared test server's FACTDESK_METRICS_TOKEN. */
export const METRICS_TOKEN = "metrics-test-token-7c1f0e";
