using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;

namespace OpenData.Api.Sources;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("Sources");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(Limits.IdLength);
        builder.Property(s => s.Kind).HasKebabCaseConversion();
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.HasOne(s => s.MentionedIn).WithMany().HasForeignKey(s => s.MentionedInId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.Publisher);
        builder.HasIndex(s => s.UpdatedAt);
    }
}
