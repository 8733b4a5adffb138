using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Agreements;

/// <summary>What agreements and an organisation's agreements can be filtered, searched and sorted by, and how they are projected to the wire.</summary>
public static class AgreementQuery
{
    public static readonly QueryDefinition<Agreement> Definition = new QueryDefinition<Agreement>("agreements", (Expression<Func<Agreement, string>>)(a => a.Id))
        .Filter("kind", a => a.Kind, "Typ av överenskommelse. / Kind of agreement.", "state-agreement")
        .Filter("year", a => a.Year, "Överenskommelsens år. / The agreement's year.", "2017", ("yearFrom", "yearTo"))
        .Relation<int>("validIn", years => a => years.Any(y => a.ValidFromYear <= y && a.ValidToYear >= y),
            "År då överenskommelsen gäller. / Year in which the agreement applies.", "2018")
        .Relation<string>("party", ids => a => a.Parties.Any(p => ids.Contains(p.OrganisationId)),
            "Id för en organisation som är part. / Id of an organisation party to it.", "skr")
        .Relation<PartyRole>("partyRole", roles => a => a.Parties.Any(p => roles.Contains(p.Role)),
            "Roll som någon part har. / A role some party has.", "coordinator")
        .Relation<string>("recipientArea", codes => a => a.Allocations.Any(x => x.RecipientAreaCode != null && codes.Contains(x.RecipientAreaCode)),
            "Kod för ett område som tilldelas medel. / Code of an area that receives funds.", "sjukvardsregion-norra")
        .Relation<string>("recipientOrganisation", ids => a => a.Allocations.Any(x => x.RecipientOrganisationId != null && ids.Contains(x.RecipientOrganisationId)),
            "Id för en organisation som tilldelas medel. / Id of an organisation that receives funds.", "region-stockholm")
        .Search(a => a.SearchText)
        .ChangedSince(a => a.UpdatedAt)
        .Sort("title", a => a.TitleSv, "Svensk titel. / Swedish title.")
        .Sort("year", a => a.Year, "År. / Year.")
        .Sort("id", a => a.Id, "Id. / Id.")
        .Sort("updatedAt", a => a.UpdatedAt, "Senast ändrad. / Last changed.")
        .SortByDefault(new SortKey("year", true));

    public static readonly Projection<Agreement, AgreementResponse> ToResponse = new((a, language) => new AgreementResponse(
            a.Id,
            a.Kind,
            Localized.Text.Invoke(a.TitleSv, a.TitleEn, language),
            Localized.OptionalText.Invoke(a.DescriptionSv, a.DescriptionEn, language),
            a.Year,
            a.ValidFromYear,
            a.ValidToYear,
            a.TotalAmount,
            a.Currency,
            a.Parties.OrderBy(p => p.Role).ThenBy(p => p.OrganisationId).Select(p => new PartyResponse(
                OrganisationRef.From.Invoke(p.Organisation!, language),
                p.Role,
                p.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList())).ToList(),
            a.Allocations.OrderBy(x => x.Id).Select(x => new AllocationResponse(
                x.Id, x.Amount, x.Currency, x.SharePercent, x.Year,
                x.RecipientOrganisation == null ? null : OrganisationRef.From.Invoke(x.RecipientOrganisation, language),
                x.RecipientArea == null ? null : AreaRef.From.Invoke(x.RecipientArea, language),
                Localized.Text.Invoke(x.PurposeSv, x.PurposeEn, language),
                x.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList())).ToList(),
            a.Commitments.OrderBy(c => c.Position).Select(c => Localized.Text.Invoke(c.TextSv, c.TextEn, language)).ToList(),
            a.ReferenceDocuments.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            a.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            a.UpdatedAt));

    /// <summary>An organisation's parts in agreements, seen from the organisation.</summary>
    public static readonly QueryDefinition<AgreementParty> OfOrganisationDefinition = new QueryDefinition<AgreementParty>("organisation-agreements", (Expression<Func<AgreementParty, int>>)(p => p.Id))
        .Filter("role", p => p.Role, "Organisationens roll i överenskommelsen. / The organisation's role in the agreement.", "signatory")
        .Relation<int>("year", years => p => years.Contains(p.Agreement!.Year ?? 0), "Överenskommelsens år. / The agreement's year.", "2017")
        .Sort("agreement", p => p.Agreement!.TitleSv, "Överenskommelsens svenska titel. / The agreement's Swedish title.")
        .Sort("year", p => p.Agreement!.Year, "År. / Year.")
        .Sort("role", p => p.Role, "Roll. / Role.")
        .SortByDefault(new SortKey("year", true));

    public static readonly Projection<AgreementParty, OrganisationAgreementResponse> ToOrganisationAgreementResponse = new((p, language) => new OrganisationAgreementResponse(
            AgreementRef.From.Invoke(p.Agreement!, language),
            p.Role, p.Agreement!.Year,
            p.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList()));
}

/// <summary>The organisations' filter by agreement: organisations that are party to one of the agreements.</summary>
public sealed class OrganisationsByAgreement : IRelationFilters<Organisation>
{
    public void AddTo(QueryDefinition<Organisation> definition) =>
        definition.Relation<string>("agreement", (db, ids) => o => db.Set<AgreementParty>().Any(p => p.OrganisationId == o.Id && ids.Contains(p.AgreementId)),
            "Id för en överenskommelse organisationen är part i. / Id of an agreement the organisation is party to.", "overenskommelse-psykisk-halsa-2017");
}
