using GraphQL;
using GraphQL.Types;
using OpenData.Api.Areas;
using OpenData.Api.GraphQL;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Agreements;

public sealed class AgreementGraphType : ObjectGraphType<AgreementNode>
{
    public AgreementGraphType()
    {
        Name = "Agreement";
        Description = "En överenskommelse mellan staten och SKR eller en liknande gemensam plan. / An agreement between the state and SKR or a similar joint plan.";
        this.IsNode(a => a.Id);
        Field("slug", a => a.Id).Description("Överenskommelsens id, samma som i REST. / The agreement's plain id, as in REST.");
        Field<NonNullGraphType<OpenDataEnumType<AgreementKind>>>("kind").Description("Typ av överenskommelse. / Kind of agreement.").Resolve(c => c.Source.Kind);
        this.Localized("title", a => a.Title, "Titel. / Title.", nullable: false);
        this.Localized("description", a => a.Description, "Vad källorna säger om överenskommelsen. / What the sources say about it.");
        Field(a => a.Year, nullable: true).Description("År. / Year.");
        Field(a => a.ValidFromYear, nullable: true).Description("Första året den gäller. / First year it applies.");
        Field(a => a.ValidToYear, nullable: true).Description("Sista året den gäller. / Last year it applies.");
        Field<LongGraphType>("totalAmount").Description("Total finansiering i hela valutaenheter, där en källa anger den. / Total funding in whole currency units, where stated.")
            .Resolve(c => c.Source.TotalAmount);
        Field(a => a.Currency, nullable: true).Description("Valuta (ISO 4217). / Currency (ISO 4217).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementPartyGraphType>>>>("parties").Description("Parterna och deras roller. / The parties and their roles.")
            .Resolve(c => c.Loader<PartiesOfAgreementLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllocationGraphType>>>>("allocations").Description("Medel som avsatts enligt den. / Funds set aside under it.")
            .Resolve(c => c.Loader<AllocationsOfAgreementLoader>().Load(c.Source.Id));
        this.LocalizedList("commitments", (a, language) => a.Commitments.Select(x => x.In(language)!), "Åtaganden med källornas ord. / Commitments in the sources' words.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("referenceDocuments").Description("Dokument överenskommelsen hänvisar till. / Documents it refers to.")
            .Resolve(c => c.Loader<ReferenceDocumentsOfAgreementLoader>().Load(c.Source.Id));
        this.SourcesField<AgreementNode, string, SourcesOfAgreementLoader>(a => a.Id);
        Field(a => a.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }
}

public sealed class AgreementPartyGraphType : ObjectGraphType<AgreementPartyNode>
{
    public AgreementPartyGraphType()
    {
        Name = "AgreementParty";
        Description = "En organisations del i en överenskommelse. / An organisation's part in an agreement.";
        this.IsNode(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<AgreementGraphType>>("agreement").Description("Överenskommelsen. / The agreement.").Resolve(c => c.Loader<AgreementByIdLoader>().LoadSelected(c, c.Source.AgreementId));
        Field<NonNullGraphType<OrganisationGraphType>>("organisation").Description("Organisationen. / The organisation.").Resolve(c => c.Loader<OrganisationByIdLoader>().Load(c, c.Source.OrganisationId));
        Field<NonNullGraphType<OpenDataEnumType<PartyRole>>>("role").Description("Partens roll. / The party's role.").Resolve(c => c.Source.Role);
        this.SourcesField<AgreementPartyNode, int, SourcesOfAgreementPartyLoader>(p => p.Id, "Dokumenten som anger det. / The documents that state it.");
    }
}

public sealed class AllocationGraphType : ObjectGraphType<AllocationNode>
{
    public AllocationGraphType()
    {
        Name = "Allocation";
        Description = "Medel som avsatts enligt en överenskommelse. / Funds set aside under an agreement.";
        this.IsNode(a => a.Id);
        Field("slug", a => a.Id).Description("Tilldelningens id. / The allocation's plain id.");
        Field<NonNullGraphType<AgreementGraphType>>("agreement").Description("Överenskommelsen. / The agreement.").Resolve(c => c.Loader<AgreementByIdLoader>().LoadSelected(c, c.Source.AgreementId));
        Field<LongGraphType>("amount").Description("Belopp i hela valutaenheter. / Amount in whole currency units.").Resolve(c => c.Source.Amount);
        Field(a => a.Currency, nullable: true).Description("Valuta (ISO 4217). / Currency (ISO 4217).");
        Field(a => a.SharePercent, nullable: true).Description("Andel i procent, där källan anger en andel. / Share in percent, where the source states a share.");
        Field(a => a.Year, nullable: true).Description("År. / Year.");
        Field<OrganisationGraphType>("recipientOrganisation").Description("Mottagande organisation. / Receiving organisation.")
            .Resolve(c => c.Loader<OrganisationByIdLoader>().Load(c, c.Source.RecipientOrganisationId));
        Field<AreaGraphType>("recipientArea").Description("Mottagande område (sjukvårdsregion, län). / Receiving area (healthcare region, county).")
            .Resolve(c => c.Loader<AreaByCodeLoader>().Load(c, c.Source.RecipientAreaCode));
        this.Localized("purpose", a => a.Purpose, "Vad pengarna är till. / What the money is for.", nullable: false);
        this.SourcesField<AllocationNode, string, SourcesOfAllocationLoader>(a => a.Id, "Dokumenten som anger det. / The documents that state it.");
    }
}

public sealed class AgreementWhereInput() : WhereInputType<Agreement>("Agreement", AgreementQuery.Definition);

public sealed class AgreementOrderInput() : OrderInputType<Agreement>("Agreement", AgreementQuery.Definition);

/// <summary>An organisation's parts in agreements, as a field of the organisation.</summary>
public sealed class AgreementFieldsOfOrganisation : IRelationFields<OrganisationGraphType>
{
    public void AddTo(OrganisationGraphType type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementPartyGraphType>>>>("agreements").Description("Organisationens roller i överenskommelser. / The organisation's roles in agreements.")
            .Resolve(c => c.Loader<AgreementsOfOrganisationLoader>().Load(c.Source.Id));
}
