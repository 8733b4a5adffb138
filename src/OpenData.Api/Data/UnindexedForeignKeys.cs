using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace OpenData.Api.Data;

/// <summary>
/// EF Core indexes every foreign key. This convention leaves out the ones listed (properties comma-separated): keys that
/// no query looks up by, whose index only costs time on every insert.
/// </summary>
internal sealed class UnindexedForeignKeys(
    ProviderConventionSetBuilderDependencies dependencies,
    params (Type Entity, string Properties)[] unindexed)
    : ForeignKeyIndexConvention(dependencies)
{
    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder) =>
        unindexed.Contains((entityTypeBuilder.Metadata.ClrType, string.Join(",", properties.Select(p => p.Name))))
            ? null
            : base.CreateIndex(properties, unique, entityTypeBuilder);
}
