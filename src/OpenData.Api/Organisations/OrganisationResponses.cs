using OpenData.Api.Areas;
using OpenData.Api.Sources;

namespace OpenData.Api.Organisations;

/// <summary>En organisation: myndighet, region, kommun, förbund, program eller utländskt organ. / An organisation: a government body, region, municipality, association, programme or foreign body.</summary>
/// <param name="Id">Stable, human-readable id ("skr", "region-stockholm", "kommun-0180").</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Name">Name in the requested language (Swedish where there is no English name).</param>
/// <param name="ShortName">Abbreviation ("SKR").</param>
/// <param name="Description">What the sources say the organisation does.</param>
/// <param name="Country">ISO 3166-1 alpha-2; null for international organisations.</param>
/// <param name="MunicipalityCode">Official municipality code (kommunkod) of a municipality.</param>
/// <param name="CountyCode">Official county code (länskod) of a region, or of the county a body belongs to.</param>
/// <param name="OrganisationNumber">Swedish organisation number, where known.</param>
/// <param name="Website">Website named by a source.</param>
/// <param name="Parent">The organisation this one is part of.</param>
/// <param name="Area">The area a region or municipality governs.</param>
/// <param name="FormerNames">Names used before.</param>
/// <param name="Sources">The documents that state these facts.</param>
/// <param name="UpdatedAt">When the record last changed (RFC 3339, UTC).</param>
public sealed record OrganisationResponse(
    string Id,
    OrganisationKind Kind,
    string Name,
    string? ShortName,
    string? Description,
    string? Country,
    string? MunicipalityCode,
    string? CountyCode,
    string? OrganisationNumber,
    string? Website,
    OrganisationRef? Parent,
    AreaRef? Area,
    IReadOnlyList<FormerNameResponse> FormerNames,
    IReadOnlyList<SourceRef> Sources,
    DateTime UpdatedAt);

/// <summary>Ett namn som organisationen använt tidigare. / A name an organisation used before.</summary>
/// <param name="Name">The former name.</param>
/// <param name="ShortName">The former abbreviation ("SKL").</param>
/// <param name="UsedFromYear">The first year the name was used, where known.</param>
/// <param name="UsedUntilYear">The year the name was replaced.</param>
public sealed record FormerNameResponse(string Name, string? ShortName, int? UsedFromYear, int? UsedUntilYear);
