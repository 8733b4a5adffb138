using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Areas;

/// <summary>The feature's tables on <see cref="OpenDataDbContext"/>.</summary>
public static class AreaData
{
    extension(OpenDataDbContext db)
    {
        /// <summary>Every area.</summary>
        public DbSet<Area> Areas => db.Set<Area>();
    }
}
