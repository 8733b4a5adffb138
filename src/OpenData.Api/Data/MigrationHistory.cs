using System.Data.Common;
using System.Globalization;
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
        var options = RelationalOptionsExtension.Extract(database.GetService<IDbContextOptions>());
        var table = database.GetService<ISqlGenerationHelper>().DelimitIdentifier(
            options.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName, options.MigrationsHistoryTableSchema);
        // Asked each time rather than through IHistoryRepository.ExistsAsync, whose answer Npgsql's pooled context keeps once
        // it is yes. to_regclass finds the table by the same search path as the SELECT below.
        var exists = database.IsSqlite()
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{options.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName}'"
            : $"SELECT to_regclass('{table.Replace("'", "''", StringComparison.Ordinal)}') IS NOT NULL";

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var existence = Command(database, exists);
            if (Convert.ToBoolean(await existence.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture))
            {
                await using var read = Command(database, $"SELECT \"MigrationId\" FROM {table}");
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
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
