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
/// organisations (registered with <see cref="AreaGovernors.AddAreaGovernors{TGovernors}"/>), so that an area's detail lists them
/// without areas knowing organisations.
/// </summary>
public interface IAreaGovernors
{
    /// <summary>Every organisation that governs an area, as a query to compose into an area's.</summary>
    IQueryable<AreaGovernor> Query(OpenDataDbContext db);
}

public static class AreaGovernors
{
    public static WebApplicationBuilder AddAreaGovernors<TGovernors>(this WebApplicationBuilder builder) where TGovernors : class, IAreaGovernors
    {
        builder.Services.AddSingleton<IAreaGovernors, TGovernors>();
        return builder;
    }
}
