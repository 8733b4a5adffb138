using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Organisations;

/// <summary>What organisations can be filtered, searched and sorted by, and how they are projected to the wire.</summary>
public static class OrganisationQuery
{
    public static readonly QueryDefinition<Organisation> Definition = new QueryDefinition<Organisation>("organisations", (Expression<Func<Organisation, string>>)(o => o.Id))
        .Filter("kind", o => o.Kind, "Typ av organisation. / Kind of organisation.", "region")
        .Filter("country", o => o.CountryCode, "Land (ISO 3166-1 alpha-2). / Country (ISO 3166-1 alpha-2).", "SE")
        .Filter("municipalityCode", o => o.MunicipalityCode, "Kommunkod. / Municipality code.", "0180")
        .Filter("countyCode", o => o.CountyCode, "Länskod. / County code.", "01")
        .Filter("organisationNumber", o => o.OrganisationNumber, "Organisationsnummer. / Swedish organisation number.", "222000-0000")
        .Filter("parent", o => o.ParentId, "Id för organisationen som denna ingår i. / Id of the organisation this one is part of.", "skr")
        .Filter("area", o => o.AreaCode, "Kod för området organisationen styr. / Code of the area the organisation governs.", "0180")
        .Relation<string>("healthcareRegion", codes => o => o.Area != null && o.Area.HealthcareRegions.Any(h => codes.Contains(h.HealthcareRegionCode)),
            "Sjukvårdsregion som organisationens område hör till. / Healthcare region the organisation's area belongs to.", "sjukvardsregion-vastra")
        .WithRelationFilters()
        .Search(o => o.SearchText)
        .ChangedSince(o => o.UpdatedAt)
        .Sort("name", o => o.NameSv, "Svenskt namn. / Swedish name.")
        .Sort("kind", o => o.Kind, "Typ. / Kind.")
        .Sort("id", o => o.Id, "Id. / Id.")
        .Sort("updatedAt", o => o.UpdatedAt, "Senast ändrad. / Last changed.")
        .SortByDefault(new SortKey("name", false));

    public static readonly Projection<Organisation, OrganisationResponse> ToResponse = new((o, language) => new OrganisationResponse(
            o.Id,
            o.Kind,
            Localized.Text.Invoke(o.NameSv, o.NameEn, language),
            o.ShortName,
            Localized.OptionalText.Invoke(o.DescriptionSv, o.DescriptionEn, language),
            o.CountryCode,
            o.MunicipalityCode,
            o.CountyCode,
            o.OrganisationNumber,
            o.Website,
            o.Parent == null ? null : OrganisationRef.From.Invoke(o.Parent, language),
            o.Area == null ? null : AreaRef.From.Invoke(o.Area, language),
            o.FormerNames.OrderBy(n => n.UsedUntilYear).Select(n => new FormerNameResponse(Localized.Text.Invoke(n.NameSv, n.NameEn, language), n.ShortName, n.UsedFromYear, n.UsedUntilYear)).ToList(),
            o.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            o.UpdatedAt));
}

/// <summary>The organisations that govern areas, for an area's detail.</summary>
public sealed class OrganisationsGoverningAreas : IAreaGovernors
{
    public IQueryable<AreaGovernor> Query(OpenDataDbContext db) =>
        db.Organisations.Where(o => o.AreaCode != null).Select(o => new AreaGovernor { AreaCode = o.AreaCode!, Id = o.Id, NameSv = o.NameSv, NameEn = o.NameEn });
}
