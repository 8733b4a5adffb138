using OpenData.Api.Data;

namespace OpenData.Api.Areas;

/// <summary>An organisation that governs an area, with its name in both languages, as <see cref="IAreaGovernors"/> supplies it.</summary>
public sealed class AreaGovernor
{
    public required string AreaCode { get; init; }
    public required string Id { get; init; }
    public required string NameSv { get; init; }
    public string? NameEn { get; init; }
}

/// <summary>
/// The organisations that govern areas (a region its county, a municipality itself), supplied by the feature that owns
/// organisations, so that an area's detail lists them without areas knowing organisations. One class in the assembly implements it.
/// </summary>
public interface IAreaGovernors
{
    IQueryable<AreaGovernor> In(OpenDataDbContext db);

    /// <summary>The one implementation in the assembly.</summary>
    static readonly IAreaGovernors Supplied = (IAreaGovernors)Activator.CreateInstance(typeof(IAreaGovernors).Assembly.GetTypes()
        .Single(t => t is { IsClass: true, IsAbstract: false } && typeof(IAreaGovernors).IsAssignableFrom(t)))!;
}
