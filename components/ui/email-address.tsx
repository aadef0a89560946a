/**
 * An email address that a narrow column breaks after its "@" (and then only where it must), not mid-name
 * wherever the line ends (walk of stop 41: "demo.facto|k" on a phone).
 */
export function EmailAddress({ email, className }: { email: string; className?: string }) {
  const at = email.lastIndexOf("@");
  return (
    <span className={`[overflow-wrap:anywhere] ${className ?? ""}`}>
      {at === -1 ? email : (
        <>
          {email.slice(0, at + 1)}
          <wbr />
          {email.slice(at + 1)}
        </>
      )}
    </span>
  );
}
