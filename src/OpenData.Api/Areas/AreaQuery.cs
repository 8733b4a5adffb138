using System.Linq.Expressions;
using OpenData.Api.Common;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

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

    public static Expression<Func<Area, AreaResponse>> ToResponse(Language language)
    {
        var en = language == Language.En;
        return a => new AreaResponse(
            a.Code, a.Kind,
            en && a.NameEn != null ? a.NameEn : a.NameSv,
            a.Parent == null ? null : new AreaRef(a.Parent.Code, en && a.Parent.NameEn != null ? a.Parent.NameEn : a.Parent.NameSv),
            a.HealthcareRegions.OrderBy(h => h.HealthcareRegionCode).Select(h => new HealthcareRegionResponse(h.HealthcareRegionCode,
                en && h.HealthcareRegion!.NameEn != null ? h.HealthcareRegion.NameEn : h.HealthcareRegion!.NameSv, h.Whole)).ToList(),
            en && a.NoteEn != null ? a.NoteEn : a.NoteSv,
            a.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList(),
            a.UpdatedAt);
    }

    public static Expression<Func<Area, AreaDetailResponse>> ToDetailResponse(Language language, IQueryable<Organisations.Organisation> organisations)
    {
        var en = language == Language.En;
        return a => new AreaDetailResponse(
            a.Code, a.Kind,
            en && a.NameEn != null ? a.NameEn : a.NameSv,
            a.Parent == null ? null : new AreaRef(a.Parent.Code, en && a.Parent.NameEn != null ? a.Parent.NameEn : a.Parent.NameSv),
            a.Children.OrderBy(c => c.Code).Select(c => new AreaRef(c.Code, en && c.NameEn != null ? c.NameEn : c.NameSv)).ToList(),
            a.HealthcareRegions.OrderBy(h => h.HealthcareRegionCode).Select(h => new HealthcareRegionResponse(h.HealthcareRegionCode,
                en && h.HealthcareRegion!.NameEn != null ? h.HealthcareRegion.NameEn : h.HealthcareRegion!.NameSv, h.Whole)).ToList(),
            organisations.Where(o => o.AreaCode == a.Code).OrderBy(o => o.Id)
                .Select(o => new OrganisationRef(o.Id, en && o.NameEn != null ? o.NameEn : o.NameSv)).ToList(),
            en && a.NoteEn != null ? a.NoteEn : a.NoteSv,
            a.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList(),
            a.UpdatedAt);
    }
}
