namespace OpenData.Api.Data;

/// <summary>A top-level record: the change feed reports it by its update time.</summary>
public interface ITracked
{
    DateTime UpdatedAt { get; set; }
    /// <summary>Hash of the seed entry the record was loaded from; null for records that did not come from a seed file.</summary>
    string? SeedHash { get; set; }
}

/// <summary>A record found by the free-text parameter q: its names in both languages, folded (see TextFolding).</summary>
public interface ISearchable
{
    string SearchText { get; set; }

    IEnumerable<string?> SearchTerms();
}

/// <summary>Records that a resource was removed, so the change feed can report deletions.</summary>
public class Deletion
{
    public long Id { get; set; }
    public required string ResourceType { get; set; }
    public required string ResourceId { get; set; }
    public DateTime DeletedAt { get; set; }
}

/// <summary>The content hash of a seed data file that was loaded as a whole (observation files).</summary>
public class SeedFile
{
    public required string Name { get; set; }
    public required string Hash { get; set; }
    public DateTime LoadedAt { get; set; }
}

public static class Limits
{
    public const int IdLength = 100;
}
