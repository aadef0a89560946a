import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      {children}
      <div className="flex justify-center">
        <LanguageSwitch />
      </div>
    </main>
  );
}
