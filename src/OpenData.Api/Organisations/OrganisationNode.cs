using System.Linq.Expressions;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Organisations;

/// <summary>An organisation as GraphQL reads it: the columns its fields need, keys for its relations, texts in both languages.</summary>
public sealed record OrganisationNode(string Id, OrganisationKind Kind, BilingualText Name, string? ShortName, BilingualText Description,
    string? CountryCode, string? MunicipalityCode, string? CountyCode, string? OrganisationNumber, string? Website,
    string? ParentId, string? AreaCode, List<FormerNameNode> FormerNames, DateTime UpdatedAt)
{
    public static readonly Expression<Func<Organisation, OrganisationNode>> From = o => new OrganisationNode(
        o.Id, o.Kind, new BilingualText(o.NameSv, o.NameEn), o.ShortName, new BilingualText(o.DescriptionSv, o.DescriptionEn),
        o.CountryCode, o.MunicipalityCode, o.CountyCode, o.OrganisationNumber, o.Website,
        o.ParentId, o.AreaCode,
        o.FormerNames.OrderBy(n => n.Id).Select(n => new FormerNameNode(new BilingualText(n.NameSv, n.NameEn), n.ShortName, n.UsedFromYear, n.UsedUntilYear)).ToList(),
        o.UpdatedAt);

    /// <summary>
    /// The projection for a selection: each part is read only when a field that reads it is selected. The id is always read;
    /// children, sources, agreements and networks are loaded by it.
    /// </summary>
    public static readonly NodeProjection<Organisation, OrganisationNode> ForSelection = new(From, new Dictionary<string, string[]>
    {
        [nameof(Kind)] = ["kind"],
        [nameof(Name)] = ["name"],
        [nameof(ShortName)] = ["shortName"],
        [nameof(Description)] = ["description"],
        [nameof(CountryCode)] = ["country"],
        [nameof(MunicipalityCode)] = ["municipalityCode"],
        [nameof(CountyCode)] = ["countyCode"],
        [nameof(OrganisationNumber)] = ["organisationNumber"],
        [nameof(Website)] = ["website"],
        [nameof(ParentId)] = ["parent"],
        [nameof(AreaCode)] = ["area"],
        [nameof(FormerNames)] = ["formerNames"],
        [nameof(UpdatedAt)] = ["updatedAt"],
    });

    /// <summary>An organisation known only by its id, for a selection that asks nothing else (see <see cref="OrganisationByIdLoader"/>).</summary>
    public static OrganisationNode OfId(string id) => new(id, default, new BilingualText(null, null), null, new BilingualText(null, null),
        null, null, null, null, null, null, null, [], default);
}

public sealed record FormerNameNode(BilingualText Name, string? ShortName, int? UsedFromYear, int? UsedUntilYear);
