using System.ComponentModel;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Agreements;

/// <summary>A state–SKR agreement (överenskommelse) or a similar joint plan, with parties and funding.</summary>
public class Agreement : IHasSources, ITracked, ISearchable
{
    public required string Id { get; set; }
    public AgreementKind Kind { get; set; }
    public required string TitleSv { get; set; }
    public string? TitleEn { get; set; }
    public string? DescriptionSv { get; set; }
    public string? DescriptionEn { get; set; }
    public int? Year { get; set; }
    public int? ValidFromYear { get; set; }
    public int? ValidToYear { get; set; }
    /// <summary>Total funding in whole currency units, where stated.</summary>
    public long? TotalAmount { get; set; }
    /// <summary>ISO 4217.</summary>
    public string? Currency { get; set; }
    public List<AgreementParty> Parties { get; set; } = [];
    public List<Allocation> Allocations { get; set; } = [];
    public List<Commitment> Commitments { get; set; } = [];
    /// <summary>Documents the agreement refers to or that report on it.</summary>
    public List<Source> ReferenceDocuments { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
    public string SearchText { get; set; } = "";
    public string? SeedHash { get; set; }

    public IEnumerable<string?> SearchTerms() => [Id, TitleSv, TitleEn];
}

[Description("Typ av överenskommelse. / Kind of agreement.")]
[OpenApiDescription("Typ av överenskommelse: statlig överenskommelse eller handlingsplan. / Kind of agreement: state agreement or action plan.")]
public enum AgreementKind
{
    [Description("Överenskommelse mellan staten och SKR. / Agreement between the state and SKR.")]
    StateAgreement,
    [Description("Gemensam handlingsplan. / Joint action plan.")]
    ActionPlan,
}

public class AgreementParty : IHasSources
{
    public int Id { get; set; }
    public string AgreementId { get; set; } = "";
    public Agreement? Agreement { get; set; }
    public required string OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public PartyRole Role { get; set; }
    public List<Source> Sources { get; set; } = [];
}

[Description("En parts roll i en överenskommelse. / A party's role in an agreement.")]
[OpenApiDescription("En parts roll: undertecknare, deltagare eller samordnare. / A party's role: signatory, participant or coordinator.")]
public enum PartyRole
{
    /// <summary>Signs the agreement (the state, SKR).</summary>
    [Description("Undertecknar överenskommelsen. / Signs the agreement.")]
    Signatory,
    /// <summary>Takes part in or carries out the agreement.</summary>
    [Description("Deltar i eller genomför den. / Takes part in or carries it out.")]
    Participant,
    /// <summary>Coordinates the work under the agreement.</summary>
    [Description("Samordnar arbetet. / Coordinates the work.")]
    Coordinator,
}

/// <summary>Funding set aside under an agreement: an amount or a share, for a recipient and a purpose.</summary>
public class Allocation : IHasSources
{
    public required string Id { get; set; }
    public string AgreementId { get; set; } = "";
    public long? Amount { get; set; }
    public string? Currency { get; set; }
    /// <summary>A share of the funds in percent, where the page states a share instead of an amount.</summary>
    public double? SharePercent { get; set; }
    public int? Year { get; set; }
    public string? RecipientOrganisationId { get; set; }
    public Organisation? RecipientOrganisation { get; set; }
    /// <summary>A recipient that is an area rather than an organisation (a healthcare region).</summary>
    public string? RecipientAreaCode { get; set; }
    public Area? RecipientArea { get; set; }
    public required string PurposeSv { get; set; }
    public string? PurposeEn { get; set; }
    public List<Source> Sources { get; set; } = [];
}

public class Commitment
{
    public int Id { get; set; }
    public int Position { get; set; }
    public required string TextSv { get; set; }
    public string? TextEn { get; set; }
}
