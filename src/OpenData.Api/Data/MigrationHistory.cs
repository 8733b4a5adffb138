using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Api.Data;

internal static class MigrationHistory
{
    /// <summary>
    /// The migrations of this build the database has not applied, read straight from EF's history table. EF's own
    /// <c>GetPendingMigrationsAsync</c> first builds a model of that table through its conventions, a tenth of a second of
    /// every start spent learning that its key column is called <c>MigrationId</c>.
    /// </summary>
    public static async Task<List<string>> PendingMigrationsAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Asked each time: EF's own answer to whether the table exists is kept by the pooled context once it is yes.
            var exists = database.IsSqlite()
                ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{HistoryRepository.DefaultTableName}'"
                : $"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '{HistoryRepository.DefaultTableName}'";
            if (Convert.ToInt64(await Command(database, exists).ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                await using var reader = await Command(database, $"""SELECT "MigrationId" FROM "{HistoryRepository.DefaultTableName}" """)
                    .ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
        return database.GetMigrations().Where(id => !applied.Contains(id)).ToList();
    }

    private static DbCommand Command(DatabaseFacade database, string sql)
    {
        var command = database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
