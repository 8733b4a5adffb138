using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Networks;

/// <summary>The feature's tables on <see cref="OpenDataDbContext"/>.</summary>
public static class NetworkData
{
    extension(OpenDataDbContext db)
    {
        /// <summary>Every network.</summary>
        public DbSet<Network> Networks => db.Set<Network>();
        /// <summary>Every organisation's part in a network.</summary>
        public DbSet<Membership> Memberships => db.Set<Membership>();
        /// <summary>Every meeting of a network.</summary>
        public DbSet<NetworkEvent> NetworkEvents => db.Set<NetworkEvent>();
    }
}
