/**
 * Replaces console.warn and console.error while a test runs, so expected
 * diagnostics are asserted on instead of printed.
 */
export function captureConsole() {
  const warn = console.warn;
  const error = console.error;
  const captured = { warnings: [] as string[], errors: [] as string[] };
  console.warn = (...args: unknown[]) => captured.warnings.push(args.join(' '));
  console.error = (...args: unknown[]) => captured.errors.push(args.join(' '));
  return {
    ...captured,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}
