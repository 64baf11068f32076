import { FileAccessError, isSystemError } from './file-access-error';

// What an operator reads when `npm start` or a CLI verb cannot go on: one line naming the file, the port or
// the variable and what to do — never a stack trace. Named errors already speak that way; a bare system
// error is given its file (or port) and advice.

export function operatorLine(error: unknown): string {
  if (isSystemError(error) && !(error instanceof FileAccessError)) {
    const { port, address } = error as { port?: number; address?: string };
    if (port !== undefined) return portLine(error.code, port, address);
    const file = error.path ?? (error as { dest?: string }).dest;
    if (file) return new FileAccessError(file, error.code).message;
  }
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** A port the server could not listen on. */
export function portLine(code: string, port: number, host?: string): string {
  const where = `${host ?? ''}:${port}`;
  if (code === 'EADDRINUSE')
    return `端口 ${port} 已被占用(${where}):可能已有一个 npm start 在运行。未打开数据目录;请先停止它,或设置另一个 PORT。`;
  if (code === 'EACCES') return `无权监听端口 ${port}(${where}):请换一个大于 1024 的 PORT。未打开数据目录。`;
  if (code === 'EADDRNOTAVAIL') return `本机没有地址 ${host}:请检查 HOST。未打开数据目录。`;
  return `无法监听端口 ${port}(${where}, ${code}):请检查 PORT 和 HOST。未打开数据目录。`;
}
