using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Organisations;

/// <summary>The feature's tables on <see cref="OpenDataDbContext"/>.</summary>
public static class OrganisationData
{
    extension(OpenDataDbContext db)
    {
        /// <summary>Every organisation.</summary>
        public DbSet<Organisation> Organisations => db.Set<Organisation>();
    }
}
