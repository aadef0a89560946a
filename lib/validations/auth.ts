import { z } from "zod";

export const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: "Enter a valid email address." }))
  .transform((value) => value.toLowerCase());

export const newPassword = z
  .string()
  .min(10, { error: "Use at least 10 characters." })
  .max(200, { error: "Use at most 200 characters." })
  // Not spaces alone, nor a control character nobody can type again on a sign-in form (probe of stop 45: a NUL was taken).
  .refine((value) => /\S/.test(value), { error: "Use a password with more than spaces in it." })
  .refine((value) => !/[\p{Cc}]/u.test(value), { error: "The password contains a control character; use only characters you can type." });

export const signInInput = z.object({
  email,
  password: z.string().min(1).max(200),
});

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(200),
  newPassword,
});
