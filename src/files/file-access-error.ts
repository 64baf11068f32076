// A file the process could not read or write (a directory where a file belongs, no permission, a full disk):
// one line naming the file and what to do, never Node's bare `EISDIR: illegal operation on a directory, read`.

const ADVICE: Record<string, string> = {
  EISDIR: '这是一个目录,应为文件:请移走或改名后再试',
  ENOTDIR: '路径中有一段不是目录:请检查 DATA_DIR',
  EACCES: '没有读写权限:请让运行本程序的用户能读写它',
  EPERM: '不允许该操作:请检查权限',
  ENOSPC: '磁盘空间已满:请腾出空间',
  EDQUOT: '超出磁盘配额:请腾出空间',
  EROFS: '所在文件系统只读:请换一个可写的 DATA_DIR',
  EIO: '读写出错(磁盘或文件系统故障):请检查磁盘',
  EMFILE: '打开的文件过多:请调高文件句柄上限',
};

export class FileAccessError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`无法读写 ${file}: ${ADVICE[code] ?? '操作失败'}(${code})`);
    this.name = 'FileAccessError';
  }
}

/** Whether an error is a system call's (it carries an errno code such as ENOSPC). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** Runs `fn`; a system error becomes a FileAccessError naming `file` (its errno code is kept). */
export function withFile<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isSystemError(error) && !(error instanceof FileAccessError))
      throw new FileAccessError(file, error.code);
    throw error;
  }
}
