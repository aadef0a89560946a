/** The app's own address as configured (NEXTAUTH_URL), never a request's Host header. */
export function appOrigin(): string {
  return (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}
