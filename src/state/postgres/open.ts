export async function openPostgresState(..._args: unknown[]): Promise<never> {
  throw new Error('not yet');
}
