using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
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
        .Relation<string>("network", ids => o => o.Memberships.Any(m => ids.Contains(m.NetworkId)),
            "Id för ett nätverk organisationen deltar i. / Id of a network the organisation takes part in.", "iimhl")
        .Relation<string>("agreement", ids => o => o.AgreementParties.Any(p => ids.Contains(p.AgreementId)),
            "Id för en överenskommelse organisationen är part i. / Id of an agreement the organisation is party to.", "overenskommelse-psykisk-halsa-2017")
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

    /// <summary>An organisation's memberships, seen from the organisation.</summary>
    public static readonly QueryDefinition<Membership> NetworksDefinition = new QueryDefinition<Membership>("organisation-networks", (Expression<Func<Membership, int>>)(m => m.Id))
        .Filter("role", m => m.Role, "Organisationens roll i nätverket. / The organisation's role in the network.", "member")
        .Relation<NetworkKind>("networkKind", kinds => m => kinds.Contains(m.Network!.Kind), "Typ av nätverk. / Kind of network.", "working-group")
        .Filter("sinceYear", m => m.SinceYear, "Året deltagandet började. / Year the part began.", "2013", ("sinceYearFrom", "sinceYearTo"))
        .Sort("network", m => m.Network!.NameSv, "Nätverkets svenska namn. / The network's Swedish name.")
        .Sort("role", m => m.Role, "Roll. / Role.")
        .Sort("sinceYear", m => m.SinceYear, "Startår. / Year the part began.")
        .SortByDefault(new SortKey("network", false));

    public static readonly Projection<Membership, OrganisationNetworkResponse> ToNetworkResponse = new((m, language) => new OrganisationNetworkResponse(
            NetworkRef.From.Invoke(m.Network!, language),
            m.Role, m.SinceYear, m.UntilYear,
            Localized.OptionalText.Invoke(m.NoteSv, m.NoteEn, language),
            m.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList()));

    /// <summary>An organisation's parts in agreements, seen from the organisation.</summary>
    public static readonly QueryDefinition<AgreementParty> AgreementsDefinition = new QueryDefinition<AgreementParty>("organisation-agreements", (Expression<Func<AgreementParty, int>>)(p => p.Id))
        .Filter("role", p => p.Role, "Organisationens roll i överenskommelsen. / The organisation's role in the agreement.", "signatory")
        .Relation<int>("year", years => p => years.Contains(p.Agreement!.Year ?? 0), "Överenskommelsens år. / The agreement's year.", "2017")
        .Sort("agreement", p => p.Agreement!.TitleSv, "Överenskommelsens svenska titel. / The agreement's Swedish title.")
        .Sort("year", p => p.Agreement!.Year, "År. / Year.")
        .Sort("role", p => p.Role, "Roll. / Role.")
        .SortByDefault(new SortKey("year", true));

    public static readonly Projection<AgreementParty, OrganisationAgreementResponse> ToAgreementResponse = new((p, language) => new OrganisationAgreementResponse(
            AgreementRef.From.Invoke(p.Agreement!, language),
            p.Role, p.Agreement!.Year,
            p.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList()));
}
