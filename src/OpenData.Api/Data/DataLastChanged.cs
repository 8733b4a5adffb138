using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Api.Data;

public static class DataLastChanged
{
    /// <summary>
    /// When the data last changed: the latest update time of any tracked record (every <see cref="ITracked"/> entity type in
    /// the model) or the latest deletion; null for an empty database. One query, a MAX per table.
    /// </summary>
    public static async Task<DateTime?> DataLastChangedAsync(this OpenDataDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var value = sql.DelimitIdentifier("Value");
        string Latest(IEntityType entity, string property) =>
            $"SELECT MAX({sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName())}) AS {value} "
            + $"FROM {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())}";

        var latestPerTable = db.Model.GetEntityTypes()
            .Where(entity => typeof(ITracked).IsAssignableFrom(entity.ClrType))
            .Select(entity => Latest(entity, nameof(ITracked.UpdatedAt)))
            .Append(Latest(db.Model.FindEntityType(typeof(Deletion))!, nameof(Deletion.DeletedAt)));
        // Raw SQL, as the tables are found in the model at run time; every name in it comes from the model, none from input.
        var query = $"SELECT MAX({value}) AS {value} FROM ({string.Join(" UNION ALL ", latestPerTable)}) AS {sql.DelimitIdentifier("Latest")}";
        var latest = await db.Database.SqlQueryRaw<DateTime?>(query).SingleAsync(cancellationToken);
        // A raw query does not apply UtcDateTimeConverter, and SQLite gives the stored UTC time back without a kind.
        return latest is { } time ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : null;
    }
}
