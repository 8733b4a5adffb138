using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;

namespace OpenData.Api.Agreements;

/// <summary>Reads of agreements and of an organisation's agreements, as response records projected in SQL.</summary>
public static class AgreementReads
{
    public static Task<ListResult<AgreementResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Agreements.WithCollections(db), AgreementQuery.Definition, request, AgreementQuery.ToResponse.In(language), cancellationToken);

    public static Task<AgreementResponse?> GetAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken) =>
        db.Agreements.Where(a => a.Id == id).Select(AgreementQuery.ToResponse.In(language)).WithCollections(db).ReadSingleOrDefaultAsync(db, cancellationToken);

    /// <summary>An organisation's parts in agreements; null when the organisation does not exist.</summary>
    public static Task<ListResult<OrganisationAgreementResponse>?> ListOfOrganisationAsync(OpenDataDbContext db, string organisationId, ListRequest request,
        Language language, CancellationToken cancellationToken) =>
        ListReads.OfOwnerAsync(ListOfExistingOrganisationAsync(db, organisationId, request, language, cancellationToken),
            () => OrganisationReads.ExistsAsync(db, organisationId, cancellationToken));

    /// <summary>The same for an organisation already read (its page), without asking again whether it exists.</summary>
    public static Task<ListResult<OrganisationAgreementResponse>> ListOfExistingOrganisationAsync(OpenDataDbContext db, string organisationId,
        ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Set<AgreementParty>().Where(p => p.OrganisationId == organisationId).WithCollections(db), AgreementQuery.OfOrganisationDefinition, request,
            AgreementQuery.ToOrganisationAgreementResponse.In(language), cancellationToken);
}
