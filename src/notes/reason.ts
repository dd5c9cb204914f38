/** Words for file-system failures, the way a user reads them. */

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file or directory",
  EISDIR: "is a folder",
  ENOTDIR: "not a folder",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  EIO: "input/output error",
};

/** Returns the system's reason for a failed file operation (`EACCES: permission denied`). */
export function systemReason(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const reason = REASONS[code];
  if (reason) return `${code}: ${reason}`;
  return error instanceof Error ? (error.message.split("\n")[0] ?? "unknown error") : "unknown error";
}
