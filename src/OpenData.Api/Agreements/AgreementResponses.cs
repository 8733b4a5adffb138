using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Agreements;

/// <summary>En överenskommelse mellan staten och SKR eller en liknande gemensam plan, med parter och finansiering. / A state–SKR agreement (överenskommelse) or a similar joint plan, with its parties and funding.</summary>
/// <param name="Id">Stable, human-readable id.</param>
/// <param name="Kind">State agreement or action plan.</param>
/// <param name="Title">Title in the requested language.</param>
/// <param name="Description">What the sources say the agreement does.</param>
/// <param name="Year">The agreement's year.</param>
/// <param name="ValidFromYear">First year it applies.</param>
/// <param name="ValidToYear">Last year it applies.</param>
/// <param name="TotalAmount">Total funding in whole currency units, where a source states it.</param>
/// <param name="Currency">ISO 4217 currency of the total.</param>
/// <param name="Parties">The organisations party to it, with their roles.</param>
/// <param name="Allocations">Funding set aside under it.</param>
/// <param name="Commitments">What the parties commit to, in the sources' words.</param>
/// <param name="ReferenceDocuments">Documents the agreement refers to.</param>
/// <param name="Sources">The documents that state these facts.</param>
/// <param name="UpdatedAt">When the record last changed (RFC 3339, UTC).</param>
public sealed record AgreementResponse(
    string Id,
    AgreementKind Kind,
    string Title,
    string? Description,
    int? Year,
    int? ValidFromYear,
    int? ValidToYear,
    long? TotalAmount,
    string? Currency,
    IReadOnlyList<PartyResponse> Parties,
    IReadOnlyList<AllocationResponse> Allocations,
    IReadOnlyList<string> Commitments,
    IReadOnlyList<SourceRef> ReferenceDocuments,
    IReadOnlyList<SourceRef> Sources,
    DateTime UpdatedAt);

/// <summary>En organisation som är part i en överenskommelse. / An organisation party to an agreement.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Role">Signatory, participant or coordinator.</param>
/// <param name="Sources">The documents that state it.</param>
public sealed record PartyResponse(OrganisationRef Organisation, PartyRole Role, IReadOnlyList<SourceRef> Sources);

/// <summary>Medel som avsatts enligt en överenskommelse. / Funding set aside under an agreement.</summary>
/// <param name="Id">Stable id of the allocation.</param>
/// <param name="Amount">Amount in whole currency units, where stated.</param>
/// <param name="Currency">ISO 4217.</param>
/// <param name="SharePercent">A share of the funds in percent, where a source states a share instead of an amount.</param>
/// <param name="Year">The year of the allocation.</param>
/// <param name="RecipientOrganisation">The organisation that receives it.</param>
/// <param name="RecipientArea">The area (healthcare region, county) that receives it.</param>
/// <param name="Purpose">What the money is for.</param>
/// <param name="Sources">The documents that state it.</param>
public sealed record AllocationResponse(
    string Id, long? Amount, string? Currency, double? SharePercent, int? Year,
    OrganisationRef? RecipientOrganisation, AreaRef? RecipientArea, string Purpose, IReadOnlyList<SourceRef> Sources);

/// <summary>En organisations del i en överenskommelse. / An organisation's part in an agreement.</summary>
/// <param name="Agreement">The agreement.</param>
/// <param name="Role">The organisation's role in it.</param>
/// <param name="Year">The agreement's year.</param>
/// <param name="Sources">The documents that state the part.</param>
public sealed record OrganisationAgreementResponse(AgreementRef Agreement, PartyRole Role, int? Year, IReadOnlyList<SourceRef> Sources);
