using System.Linq.Expressions;
using OpenData.Api.Common;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Agreements;

/// <summary>What agreements can be filtered, searched and sorted by, and how they are projected to the wire.</summary>
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

    public static Expression<Func<Agreement, AgreementResponse>> ToResponse(Language language)
    {
        var en = language == Language.En;
        return a => new AgreementResponse(
            a.Id,
            a.Kind,
            en && a.TitleEn != null ? a.TitleEn : a.TitleSv,
            en && a.DescriptionEn != null ? a.DescriptionEn : a.DescriptionSv,
            a.Year,
            a.ValidFromYear,
            a.ValidToYear,
            a.TotalAmount,
            a.Currency,
            a.Parties.OrderBy(p => p.Role).ThenBy(p => p.OrganisationId).Select(p => new PartyResponse(
                new OrganisationRef(p.Organisation!.Id, en && p.Organisation.NameEn != null ? p.Organisation.NameEn : p.Organisation.NameSv),
                p.Role,
                p.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList())).ToList(),
            a.Allocations.OrderBy(x => x.Id).Select(x => new AllocationResponse(
                x.Id, x.Amount, x.Currency, x.SharePercent, x.Year,
                x.RecipientOrganisation == null ? null : new OrganisationRef(x.RecipientOrganisation.Id,
                    en && x.RecipientOrganisation.NameEn != null ? x.RecipientOrganisation.NameEn : x.RecipientOrganisation.NameSv),
                x.RecipientArea == null ? null : new AreaRef(x.RecipientArea.Code, en && x.RecipientArea.NameEn != null ? x.RecipientArea.NameEn : x.RecipientArea.NameSv),
                en && x.PurposeEn != null ? x.PurposeEn : x.PurposeSv,
                x.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList())).ToList(),
            a.Commitments.OrderBy(c => c.Position).Select(c => en && c.TextEn != null ? c.TextEn : c.TextSv).ToList(),
            a.ReferenceDocuments.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList(),
            a.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList(),
            a.UpdatedAt);
    }
}
