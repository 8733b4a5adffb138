using GraphQL;
using GraphQL.Types;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.GraphQL;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.ResourceCentres;

public sealed class ResourceCentreGraphType : ObjectGraphType<ResourceCentreNode>
{
    public ResourceCentreGraphType()
    {
        Name = "ResourceCentre";
        Description = "Ett regionalt resurscentrum för psykisk hälsa, ett per sjukvårdsregion. / A regional resource centre for mental health, one per healthcare region.";
        this.IsNode(r => r.Id);
        Field("slug", r => r.Id).Description("Resurscentrumets id, samma som i REST. / The resource centre's plain id, as in REST.");
        this.Localized("name", r => r.Name, "Namn. / Name.", nullable: false);
        this.Localized("description", r => r.Description, "Vad källorna säger om centret. / What the sources say about it.");
        Field<NonNullGraphType<AreaGraphType>>("healthcareRegion").Description("Sjukvårdsregionen. / The healthcare region.")
            .Resolve(c => c.Loader<AreaByCodeLoader>().Load(c, c.Source.HealthcareRegionCode));
        Field<NonNullGraphType<OpenDataEnumType<ResourceCentreStatus>>>("status").Description("Senaste status. / Latest status.").Resolve(c => c.Source.Status);
        Field<OrganisationGraphType>("leadOrganisation").Description("Ledande organisation, där en källa anger den. / Lead organisation, where a source names one.")
            .Resolve(c => c.Loader<OrganisationByIdLoader>().Load(c, c.Source.LeadOrganisationId));
        Field<AgreementGraphType>("fundingAgreement").Description("Överenskommelsen som finansierar centret. / The agreement that funds it.")
            .Resolve(c => c.Loader<AgreementByIdLoader>().LoadSelected(c, c.Source.FundingAgreementId));
        Field<AllocationGraphType>("fundingAllocation").Description("Tilldelningen som finansierar centret. / The allocation that funds it.")
            .Resolve(c => c.Loader<AllocationByIdLoader>().Load(c.Source.FundingAllocationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaGraphType>>>>("servedAreas").Description("Län och kommuner centret betjänar. / Counties and municipalities it serves.")
            .Resolve(c => c.Loader<ServedAreasOfResourceCentreLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusPeriodGraphType>>>>("statusHistory").Description("Status över tid. / Status over time.")
            .Resolve(c => c.Loader<StatusHistoryOfResourceCentreLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("reports").Description("Rapporter om centret. / Reports about it.")
            .Resolve(c => c.Loader<ReportsOfResourceCentreLoader>().Load(c.Source.Id));
        this.SourcesField<ResourceCentreNode, string, SourcesOfResourceCentreLoader>(r => r.Id);
        Field(r => r.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }
}

public sealed class StatusPeriodGraphType : ObjectGraphType<StatusPeriodNode>
{
    public StatusPeriodGraphType()
    {
        Name = "StatusPeriod";
        Description = "En period i ett resurscentrums historik. / A period in a resource centre's history.";
        Field<NonNullGraphType<OpenDataEnumType<ResourceCentreStatus>>>("status").Description("Status under perioden. / Status during the period.").Resolve(c => c.Source.Status);
        Field(s => s.FromYear, nullable: true).Description("Första året. / First year.");
        Field(s => s.ToYear, nullable: true).Description("Sista året; null medan den pågår. / Last year; null while it lasts.");
        this.Localized("note", s => s.Note, "Vad källan säger om perioden. / What the source says about the period.");
        this.SourcesField<StatusPeriodNode, int, SourcesOfStatusPeriodLoader>(s => s.Id, "Dokumenten som anger det. / The documents that state it.");
    }
}

public sealed class ResourceCentreWhereInput() : WhereInputType<ResourceCentre>("ResourceCentre", ResourceCentreQuery.Definition);

public sealed class ResourceCentreOrderInput() : OrderInputType<ResourceCentre>("ResourceCentre", ResourceCentreQuery.Definition);
