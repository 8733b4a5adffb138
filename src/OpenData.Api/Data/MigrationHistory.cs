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
        var all = database.GetMigrations().ToList();
        if (!await database.GetService<IHistoryRepository>().ExistsAsync(cancellationToken))
        {
            return all;
        }
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = $"""SELECT "MigrationId" FROM "{HistoryRepository.DefaultTableName}" """;
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
        return all.Where(id => !applied.Contains(id)).ToList();
    }
}
