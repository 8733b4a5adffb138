using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Api.Data;

/// <summary>
/// Every DateTime is stored as UTC and read back marked as UTC: SQLite keeps no time zone, and PostgreSQL's
/// <c>timestamp with time zone</c> takes only UTC values.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
