/**
 * Code that only some pages need is imported the first time it is used. Such an import can fail
 * (the page went offline, a CDN folder was copied without its chunks): the caller then gets what
 * `without` makes of the reason, never a rejection, so a missing chunk costs only its feature.
 */
export async function loadOnUse<M, R>(
  load: () => Promise<M>,
  use: (module: M) => R | Promise<R>,
  without: (reason: string) => R,
): Promise<R> {
  let module: M;
  try {
    module = await load();
  } catch (error) {
    return without((error as Error).message);
  }
  return use(module);
}
