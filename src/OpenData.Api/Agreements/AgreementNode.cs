using System.Linq.Expressions;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Agreements;

/// <summary>An agreement as GraphQL reads it: the columns its fields need, texts in both languages, commitments in their order.</summary>
public sealed record AgreementNode(string Id, AgreementKind Kind, BilingualText Title, BilingualText Description, int? Year, int? ValidFromYear,
    int? ValidToYear, long? TotalAmount, string? Currency, List<BilingualText> Commitments, DateTime UpdatedAt)
{
    public static readonly Expression<Func<Agreement, AgreementNode>> From = a => new AgreementNode(
        a.Id, a.Kind, new BilingualText(a.TitleSv, a.TitleEn), new BilingualText(a.DescriptionSv, a.DescriptionEn), a.Year, a.ValidFromYear,
        a.ValidToYear, a.TotalAmount, a.Currency,
        a.Commitments.OrderBy(x => x.Position).Select(x => new BilingualText(x.TextSv, x.TextEn)).ToList(),
        a.UpdatedAt);

    /// <summary>
    /// The projection for a selection: each part is read only when a field that reads it is selected. The id is always read;
    /// parties, allocations, documents and sources are loaded by it.
    /// </summary>
    public static readonly NodeProjection<Agreement, AgreementNode> ForSelection = new(From, new Dictionary<string, string[]>
    {
        [nameof(Kind)] = ["kind"],
        [nameof(Title)] = ["title"],
        [nameof(Description)] = ["description"],
        [nameof(Year)] = ["year"],
        [nameof(ValidFromYear)] = ["validFromYear"],
        [nameof(ValidToYear)] = ["validToYear"],
        [nameof(TotalAmount)] = ["totalAmount"],
        [nameof(Currency)] = ["currency"],
        [nameof(Commitments)] = ["commitments"],
        [nameof(UpdatedAt)] = ["updatedAt"],
    });
}

/// <summary>An organisation's part in an agreement, with the keys of both.</summary>
public sealed record AgreementPartyNode(int Id, string AgreementId, string OrganisationId, PartyRole Role)
{
    public static readonly Expression<Func<AgreementParty, AgreementPartyNode>> From = p => new AgreementPartyNode(p.Id, p.AgreementId, p.OrganisationId, p.Role);
}

public sealed record AllocationNode(string Id, string AgreementId, long? Amount, string? Currency, double? SharePercent, int? Year,
    string? RecipientOrganisationId, string? RecipientAreaCode, BilingualText Purpose)
{
    public static readonly Expression<Func<Allocation, AllocationNode>> From = a => new AllocationNode(
        a.Id, a.AgreementId, a.Amount, a.Currency, a.SharePercent, a.Year, a.RecipientOrganisationId, a.RecipientAreaCode, new BilingualText(a.PurposeSv, a.PurposeEn));
}
