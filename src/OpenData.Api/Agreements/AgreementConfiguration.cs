using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Agreements;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(Limits.IdLength);
        builder.Property(a => a.Kind).HasKebabCaseConversion();
        builder.Property(a => a.TitleSv).HasMaxLength(500);
        builder.Property(a => a.TitleEn).HasMaxLength(500);
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.HasMany(a => a.Parties).WithOne(p => p.Agreement).HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Allocations).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(a => a.Commitments, commitment =>
        {
            commitment.ToTable("AgreementCommitments");
            commitment.HasKey(c => c.Id);
        });
        builder.HasMany(a => a.ReferenceDocuments).WithMany().UsingEntity("AgreementReferenceDocuments");
        builder.HasSources("AgreementSources");
        builder.HasIndex(a => a.Kind);
        builder.HasIndex(a => a.Year);
        builder.HasIndex(a => a.UpdatedAt);
    }
}

internal sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Role).HasKebabCaseConversion();
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.AgreementId, p.OrganisationId, p.Role }).IsUnique();
        builder.HasIndex(p => p.OrganisationId);
        builder.HasSources("AgreementPartySources");
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(Limits.IdLength);
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.HasOne(a => a.RecipientOrganisation).WithMany().HasForeignKey(a => a.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.RecipientArea).WithMany().HasForeignKey(a => a.RecipientAreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AgreementId);
        builder.HasIndex(a => a.RecipientOrganisationId);
        builder.HasIndex(a => a.RecipientAreaCode);
        builder.ToTable("Allocations", t => t.HasCheckConstraint("CK_Allocations_Recipient",
            "\"RecipientOrganisationId\" IS NOT NULL OR \"RecipientAreaCode\" IS NOT NULL"));
        builder.HasSources("AllocationSources");
    }
}
