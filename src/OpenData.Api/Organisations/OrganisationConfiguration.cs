using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(Limits.IdLength);
        builder.Property(o => o.Kind).HasKebabCaseConversion();
        builder.Property(o => o.NameSv).HasMaxLength(300);
        builder.Property(o => o.NameEn).HasMaxLength(300);
        builder.Property(o => o.CountryCode).HasMaxLength(2);
        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Area).WithMany().HasForeignKey(o => o.AreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(o => o.FormerNames, name =>
        {
            name.ToTable("OrganisationFormerNames");
            name.HasKey(n => n.Id);
        });
        builder.HasSources("OrganisationSources");
        builder.HasIndex(o => o.Kind);
        builder.HasIndex(o => o.CountryCode);
        builder.HasIndex(o => o.MunicipalityCode);
        builder.HasIndex(o => o.CountyCode);
        builder.HasIndex(o => o.ParentId);
        builder.HasIndex(o => o.AreaCode);
        builder.HasIndex(o => o.UpdatedAt);
    }
}
