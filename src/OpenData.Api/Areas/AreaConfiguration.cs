using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Areas;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable("Areas");
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(Limits.IdLength);
        builder.Property(a => a.Kind).HasKebabCaseConversion();
        builder.Property(a => a.NameSv).HasMaxLength(200);
        builder.Property(a => a.NameEn).HasMaxLength(200);
        builder.HasOne(a => a.Parent).WithMany(a => a.Children).HasForeignKey(a => a.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(a => a.HealthcareRegions, membership =>
        {
            membership.ToTable("AreaHealthcareRegions");
            membership.WithOwner().HasForeignKey(m => m.AreaCode);
            membership.HasKey(m => m.Id);
            membership.HasIndex(m => new { m.AreaCode, m.HealthcareRegionCode }).IsUnique();
            membership.HasOne(m => m.HealthcareRegion).WithMany().HasForeignKey(m => m.HealthcareRegionCode).OnDelete(DeleteBehavior.Restrict);
            membership.HasIndex(m => m.HealthcareRegionCode);
        });
        builder.HasSources("AreaSources");
        builder.HasIndex(a => a.Kind);
        builder.HasIndex(a => a.ParentCode);
        builder.HasIndex(a => a.UpdatedAt);
    }
}
