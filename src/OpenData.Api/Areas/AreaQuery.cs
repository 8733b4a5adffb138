using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Areas;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Areas;

/// <summary>What areas can be filtered, searched and sorted by, and how they are projected to the wire.</summary>
public static class AreaQuery
{
    public static readonly QueryDefinition<Area> Definition = new QueryDefinition<Area>("areas", (Expression<Func<Area, string>>)(a => a.Code))
        .Filter("kind", a => a.Kind, "Typ av område. / Kind of area.", "county")
        .Filter("parent", a => a.ParentCode, "Koden för det överordnade området. / Code of the parent area.", "01")
        .Relation<string>("healthcareRegion", codes => a => a.HealthcareRegions.Any(h => codes.Contains(h.HealthcareRegionCode)),
            "Sjukvårdsregion området (helt eller delvis) hör till. / Healthcare region the area belongs to, wholly or partly.", "sjukvardsregion-sodra")
        .Search(a => a.SearchText)
        .ChangedSince(a => a.UpdatedAt)
        .Sort("code", a => a.Code, "Kod. / Code.")
        .Sort("name", a => a.NameSv, "Svenskt namn. / Swedish name.")
        .Sort("kind", a => a.Kind, "Typ. / Kind.")
        .SortByDefault(new SortKey("code", false));

    public static readonly Projection<Area, AreaResponse> ToResponse = new((a, language) => new AreaResponse(
            a.Code, a.Kind,
            Localized.Text.Invoke(a.NameSv, a.NameEn, language),
            a.Parent == null ? null : AreaRef.From.Invoke(a.Parent, language),
            a.HealthcareRegions.OrderBy(h => h.HealthcareRegionCode).Select(h => new HealthcareRegionResponse(h.HealthcareRegionCode,
                Localized.Text.Invoke(h.HealthcareRegion!.NameSv, h.HealthcareRegion.NameEn, language), h.Whole)).ToList(),
            Localized.OptionalText.Invoke(a.NoteSv, a.NoteEn, language),
            a.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            a.UpdatedAt));

    /// <summary>An area with its children and the organisations that govern it (a query of its own, so built per request).</summary>
    public static Expression<Func<Area, AreaDetailResponse>> ToDetailResponse(Language language, IQueryable<AreaGovernor> governors) =>
        Linq.Expr((Area a) => new AreaDetailResponse(
            a.Code, a.Kind,
            Localized.Text.Invoke(a.NameSv, a.NameEn, language),
            a.Parent == null ? null : AreaRef.From.Invoke(a.Parent, language),
            a.Children.OrderBy(c => c.Code).Select(c => AreaRef.From.Invoke(c, language)).ToList(),
            a.HealthcareRegions.OrderBy(h => h.HealthcareRegionCode).Select(h => new HealthcareRegionResponse(h.HealthcareRegionCode,
                Localized.Text.Invoke(h.HealthcareRegion!.NameSv, h.HealthcareRegion.NameEn, language), h.Whole)).ToList(),
            governors.Where(g => g.AreaCode == a.Code).OrderBy(g => g.Id)
                .Select(g => new GoverningOrganisation(g.Id, Localized.Text.Invoke(g.NameSv, g.NameEn, language))).ToList(),
            Localized.OptionalText.Invoke(a.NoteSv, a.NoteEn, language),
            a.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            a.UpdatedAt)).Expand();
}
