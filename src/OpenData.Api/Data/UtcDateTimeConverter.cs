using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Api.Data;

/// <summary>SQLite keeps no time zone: every DateTime stored is UTC, and is read back marked as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
