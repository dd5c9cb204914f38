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
  if (!(error instanceof Error)) return "unknown error";
  // Node appends the call and the paths it was given (`ENOSPC: no space left on device, write '/…/.x.tmp-1'`).
  const syscall = "syscall" in error && typeof error.syscall === "string" ? error.syscall : undefined;
  const first = error.message.split("\n")[0] ?? "unknown error";
  const cut = syscall === undefined ? -1 : first.indexOf(`, ${syscall}`);
  return cut > 0 ? first.slice(0, cut) : first;
}

/** Returns true for an error of a system call (it has a code such as `ENOSPC` and names the call). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/** Returns the code of a system call's error (`ENOENT`), or undefined for any other error. */
export function systemCode(error: unknown): string | undefined {
  return isSystemError(error) ? error.code : undefined;
}
