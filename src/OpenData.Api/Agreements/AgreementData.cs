using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Agreements;

/// <summary>The feature's tables on <see cref="OpenDataDbContext"/>.</summary>
public static class AgreementData
{
    extension(OpenDataDbContext db)
    {
        /// <summary>Every agreement.</summary>
        public DbSet<Agreement> Agreements => db.Set<Agreement>();
        /// <summary>Every allocation of funds under an agreement.</summary>
        public DbSet<Allocation> Allocations => db.Set<Allocation>();
    }
}
