import { main } from '../../cli/main';

/** Runs `deskmate ARGV…` in-process, capturing what it prints; `stdin` feeds `-`. */
export async function runCli(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: process.cwd(),
    ...(stdin === undefined ? {} : { stdin: [stdin] }),
  });
  return { code, stdout, stderr };
}
