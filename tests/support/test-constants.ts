export const DEMO_PASSWORD = "factdesk-test-password";
