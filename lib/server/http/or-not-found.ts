import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/server/errors";

/** For pages: a service's NOT_FOUND becomes Next's 404 page; every other error propagates. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
