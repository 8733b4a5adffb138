using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.ToTable("Datasets");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(Limits.IdLength);
        builder.HasOne(d => d.Publisher).WithMany().HasForeignKey(d => d.PublisherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.SpatialArea).WithMany().HasForeignKey(d => d.SpatialAreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Indicators).WithOne().HasForeignKey(i => i.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Dimensions).WithOne().HasForeignKey(d => d.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Revisions).WithOne().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("DatasetSources");
        builder.HasIndex(d => d.PublisherId);
        builder.HasIndex(d => d.LicenceId);
        builder.HasIndex(d => d.UpdatedAt);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("DatasetIndicators");
        builder.HasKey(i => new { i.DatasetId, i.Code });
        builder.Property(i => i.Code).HasMaxLength(Limits.IdLength);
    }
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("Observations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Period).HasMaxLength(10);
        builder.Property(o => o.Sex).HasKebabCaseConversion();
        foreach (var dimension in new[] { nameof(Observation.Dimension1), nameof(Observation.Dimension2), nameof(Observation.Dimension3), nameof(Observation.Dimension4) })
        {
            // Empty, not null, where a dataset has no such dimension: a unique index treats every null as distinct.
            builder.Property<string>(dimension).HasMaxLength(DimensionLimits.CodeLength).HasDefaultValue("");
        }
        builder.Property(o => o.Status).HasKebabCaseConversion();
        builder.HasOne<Dataset>().WithMany().HasForeignKey(o => o.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(o => new { o.DatasetId, o.IndicatorCode }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Area).WithMany().HasForeignKey(o => o.AreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(o => o.SourceId).OnDelete(DeleteBehavior.Restrict);
        // One figure per key, and the only index: every query is within one dataset, the area (the most selective filter)
        // comes next, and the other key columns are in the index, so filters without an area read the dataset's index
        // entries without touching the table (about 0.1 s per million rows). Each further index cost imports 1-2 s per
        // million rows.
        builder.HasIndex(o => new { o.DatasetId, o.AreaCode, o.IndicatorCode, o.Period, o.Sex, o.Dimension1, o.Dimension2, o.Dimension3, o.Dimension4 })
            .IsUnique().HasDatabaseName("IX_Observations_Key");
    }
}

internal sealed class DatasetDimensionConfiguration : IEntityTypeConfiguration<DatasetDimension>
{
    public void Configure(EntityTypeBuilder<DatasetDimension> builder)
    {
        builder.ToTable("DatasetDimensions");
        builder.HasKey(d => new { d.DatasetId, d.Code });
        builder.Property(d => d.Code).HasMaxLength(DimensionLimits.CodeLength);
        builder.OwnsMany(d => d.Codes, codes =>
        {
            codes.ToTable("DatasetDimensionCodes");
            codes.WithOwner().HasForeignKey("DatasetId", "DimensionCode");
            codes.Property<string>("DimensionCode").HasMaxLength(DimensionLimits.CodeLength);
            codes.HasKey("DatasetId", "DimensionCode", nameof(DimensionCode.Code));
            codes.Property(c => c.Code).HasMaxLength(DimensionLimits.CodeLength);
        });
    }
}

/// <summary>How long a dimension's code and its codes may be.</summary>
public static class DimensionLimits
{
    public const int CodeLength = 64;
}

internal sealed class DatasetRevisionConfiguration : IEntityTypeConfiguration<DatasetRevision>
{
    public void Configure(EntityTypeBuilder<DatasetRevision> builder)
    {
        builder.ToTable("DatasetRevisions");
        builder.HasKey(r => new { r.DatasetId, r.Number });
    }
}
