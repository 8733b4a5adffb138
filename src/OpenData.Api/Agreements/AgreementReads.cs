using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Agreements;

/// <summary>Reads of agreements, as response records projected in SQL.</summary>
public static class AgreementReads
{
    public static Task<ListResult<AgreementResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Agreements.AsSplitQuery(), AgreementQuery.Definition, request, AgreementQuery.ToResponse.In(language), cancellationToken);

    public static Task<AgreementResponse?> GetAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken) =>
        db.Agreements.Where(a => a.Id == id).Select(AgreementQuery.ToResponse.In(language)).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
}
