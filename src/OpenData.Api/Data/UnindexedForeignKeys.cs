using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace OpenData.Api.Data;

/// <summary>
/// A foreign key of this entity that gets no index (see <see cref="UnindexedForeignKeys"/>): its properties, in order.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class UnindexedForeignKeyAttribute(params string[] properties) : Attribute
{
    public IReadOnlyList<string> Properties { get; } = properties;
}

/// <summary>
/// EF Core indexes every foreign key. This convention leaves out the ones an entity marks with
/// <see cref="UnindexedForeignKeyAttribute"/>: keys that no query looks up by, whose index only costs time on every insert.
/// </summary>
internal sealed class UnindexedForeignKeys(ProviderConventionSetBuilderDependencies dependencies)
    : ForeignKeyIndexConvention(dependencies)
{
    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder) =>
        entityTypeBuilder.Metadata.ClrType.GetCustomAttributes<UnindexedForeignKeyAttribute>()
            .Any(key => key.Properties.SequenceEqual(properties.Select(p => p.Name)))
            ? null
            : base.CreateIndex(properties, unique, entityTypeBuilder);
}
