using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.ResourceCentres;

internal sealed class ResourceCentreConfiguration : IEntityTypeConfiguration<ResourceCentre>
{
    public void Configure(EntityTypeBuilder<ResourceCentre> builder)
    {
        builder.ToTable("ResourceCentres");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(Limits.IdLength);
        builder.Property(r => r.Status).HasKebabCaseConversion();
        builder.HasOne(r => r.HealthcareRegion).WithMany().HasForeignKey(r => r.HealthcareRegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.LeadOrganisation).WithMany().HasForeignKey(r => r.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.FundingAgreement).WithMany().HasForeignKey(r => r.FundingAgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.FundingAllocation).WithMany().HasForeignKey(r => r.FundingAllocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.ServedAreas).WithMany().UsingEntity("ResourceCentreServedAreas");
        builder.HasMany(r => r.StatusHistory).WithOne().HasForeignKey(s => s.ResourceCentreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Reports).WithMany().UsingEntity("ResourceCentreReports");
        builder.HasSources("ResourceCentreSources");
        builder.HasIndex(r => r.HealthcareRegionCode).IsUnique();
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.LeadOrganisationId);
        builder.HasIndex(r => r.FundingAgreementId);
        builder.HasIndex(r => r.UpdatedAt);
    }
}

internal sealed class StatusPeriodConfiguration : IEntityTypeConfiguration<StatusPeriod>
{
    public void Configure(EntityTypeBuilder<StatusPeriod> builder)
    {
        builder.ToTable("ResourceCentreStatusPeriods");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Status).HasKebabCaseConversion();
        builder.HasSources("ResourceCentreStatusPeriodSources");
    }
}
