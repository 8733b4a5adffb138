using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Networks;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.ToTable("Networks");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(Limits.IdLength);
        builder.Property(n => n.Kind).HasKebabCaseConversion();
        builder.HasOne(n => n.Parent).WithMany(n => n.Children).HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(n => n.FocusAreas, focus =>
        {
            focus.ToTable("NetworkFocusAreas");
            focus.HasKey(f => f.Id);
        });
        builder.HasMany(n => n.Memberships).WithOne(m => m.Network).HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Events).WithOne().HasForeignKey(e => e.NetworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("NetworkSources");
        builder.HasIndex(n => n.Kind);
        builder.HasIndex(n => n.ParentId);
        builder.HasIndex(n => n.UpdatedAt);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("NetworkMemberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Role).HasKebabCaseConversion();
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.NetworkId, m.OrganisationId, m.Role }).IsUnique();
        builder.HasIndex(m => m.OrganisationId);
        builder.HasIndex(m => m.Role);
        builder.HasSources("NetworkMembershipSources");
    }
}

internal sealed class NetworkEventConfiguration : IEntityTypeConfiguration<NetworkEvent>
{
    public void Configure(EntityTypeBuilder<NetworkEvent> builder)
    {
        builder.ToTable("NetworkEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(Limits.IdLength);
        builder.Property(e => e.Kind).HasKebabCaseConversion();
        builder.Property(e => e.StartDate).HasMaxLength(10);
        builder.Property(e => e.EndDate).HasMaxLength(10);
        builder.HasOne(e => e.Area).WithMany().HasForeignKey(e => e.AreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Hosts).WithMany().UsingEntity("NetworkEventHosts");
        builder.OwnsMany(e => e.Programme, session =>
        {
            session.ToTable("NetworkEventSessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.StartTime).HasMaxLength(5);
            session.Property(s => s.Language).HasMaxLength(2);
            session.OwnsMany(s => s.Presenters, presenter =>
            {
                presenter.ToTable("NetworkEventSessionPresenters");
                presenter.HasKey(p => p.Id);
                presenter.Property(p => p.OrganisationId).HasMaxLength(Limits.IdLength);
                presenter.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
                presenter.HasIndex(p => p.OrganisationId);
            });
        });
        builder.HasIndex(e => e.NetworkId);
        builder.HasIndex(e => e.Year);
        builder.HasSources("NetworkEventSources");
    }
}
