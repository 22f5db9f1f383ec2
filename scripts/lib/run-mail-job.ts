// The command-line entry of a mail job (reminders, digests): against DATABASE_URL or the
// embedded server, exit code 1 when any email could not be sent, so cron reports it.
export async function runMailJob(job: (connectionString: string) => Promise<{ failed: number }>) {
  const { resolveDatabase } = await import('./database-url');
  const database = await resolveDatabase();
  try {
    process.exitCode = (await job(database.connectionString)).failed ? 1 : 0;
  } finally {
    await database.stop();
  }
}
