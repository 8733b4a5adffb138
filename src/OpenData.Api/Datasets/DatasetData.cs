using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Datasets;

/// <summary>The feature's tables on <see cref="OpenDataDbContext"/>.</summary>
public static class DatasetData
{
    extension(OpenDataDbContext db)
    {
        /// <summary>Every dataset.</summary>
        public DbSet<Dataset> Datasets => db.Set<Dataset>();
        /// <summary>Every dataset's indicators.</summary>
        public DbSet<Indicator> Indicators => db.Set<Indicator>();
        /// <summary>Every dataset's figures.</summary>
        public DbSet<Observation> Observations => db.Set<Observation>();
    }
}
