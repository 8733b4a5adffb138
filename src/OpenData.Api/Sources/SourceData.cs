using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Sources;

/// <summary>The feature's tables on <see cref="OpenDataDbContext"/>.</summary>
public static class SourceData
{
    extension(OpenDataDbContext db)
    {
        /// <summary>Every source.</summary>
        public DbSet<Source> Sources => db.Set<Source>();
    }
}
