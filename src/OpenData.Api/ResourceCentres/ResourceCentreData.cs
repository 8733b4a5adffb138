using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.ResourceCentres;

/// <summary>The feature's tables on <see cref="OpenDataDbContext"/>.</summary>
public static class ResourceCentreData
{
    extension(OpenDataDbContext db)
    {
        /// <summary>Every regional resource centre.</summary>
        public DbSet<ResourceCentre> ResourceCentres => db.Set<ResourceCentre>();
    }
}
