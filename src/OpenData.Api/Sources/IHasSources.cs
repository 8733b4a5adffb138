using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenData.Api.Sources;

/// <summary>A record that names the documents stating it.</summary>
public interface IHasSources
{
    List<Source> Sources { get; }
}

internal static class HasSourcesConfiguration
{
    /// <summary>Links a record to the sources that state it through a join table of its own.</summary>
    public static void HasSources<TEntity>(this EntityTypeBuilder<TEntity> builder, string joinTable)
        where TEntity : class, IHasSources =>
        builder.HasMany(e => e.Sources).WithMany().UsingEntity(joinTable);
}
