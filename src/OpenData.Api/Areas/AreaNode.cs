using System.Linq.Expressions;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Areas;

/// <summary>An area as GraphQL reads it: the columns its fields need, keys for its relations, texts in both languages.</summary>
public sealed record AreaNode(string Code, AreaKind Kind, BilingualText Name, string? ParentCode, List<AreaHealthcareRegionNode> HealthcareRegions,
    BilingualText Note, DateTime UpdatedAt)
{
    public static readonly Expression<Func<Area, AreaNode>> From = a => new AreaNode(
        a.Code, a.Kind, new BilingualText(a.NameSv, a.NameEn), a.ParentCode,
        a.HealthcareRegions.OrderBy(h => h.Id).Select(h => new AreaHealthcareRegionNode(h.HealthcareRegionCode, h.Whole)).ToList(),
        new BilingualText(a.NoteSv, a.NoteEn), a.UpdatedAt);

    /// <summary>
    /// The projection for a selection: each part is read only when a field that reads it is selected. The code is always
    /// read; children, sources and the relations other features add are loaded by it.
    /// </summary>
    public static readonly NodeProjection<Area, AreaNode> ForSelection = new(From, new Dictionary<string, string[]>
    {
        [nameof(Kind)] = ["kind"],
        [nameof(Name)] = ["name"],
        [nameof(ParentCode)] = ["parent"],
        [nameof(HealthcareRegions)] = ["healthcareRegions"],
        [nameof(Note)] = ["note"],
        [nameof(UpdatedAt)] = ["updatedAt"],
    });

    /// <summary>An area known only by its code, for a selection that asks nothing else (see <see cref="AreaByCodeLoader"/>).</summary>
    public static AreaNode OfCode(string code) => new(code, default, new BilingualText(null, null), null, [], new BilingualText(null, null), default);
}

public sealed record AreaHealthcareRegionNode(string HealthcareRegionCode, bool Whole);
