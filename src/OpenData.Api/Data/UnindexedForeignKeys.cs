using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace OpenData.Api.Data;

/// <summary>
/// EF Core indexes every foreign key. This convention leaves out the ones listed: keys that no query looks up by, whose
/// index only costs time on every insert.
/// </summary>
internal sealed class UnindexedForeignKeys(
    ProviderConventionSetBuilderDependencies dependencies,
    params (Type Entity, string Property)[] unindexed)
    : ForeignKeyIndexConvention(dependencies)
{
    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder) =>
        properties is [var property] && unindexed.Contains((entityTypeBuilder.Metadata.ClrType, property.Name))
            ? null
            : base.CreateIndex(properties, unique, entityTypeBuilder);
}
