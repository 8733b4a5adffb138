using GraphQL;
using GraphQL.Types;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.GraphQL;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.ResourceCentres;

public sealed class ResourceCentreGraphType : ObjectGraphType<ResourceCentre>
{
    public ResourceCentreGraphType()
    {
        Name = "ResourceCentre";
        Description = "Ett regionalt resurscentrum för psykisk hälsa, ett per sjukvårdsregion. / A regional resource centre for mental health, one per healthcare region.";
        this.IsNode(r => r.Id);
        Field("slug", r => r.Id).Description("Resurscentrumets id, samma som i REST. / The resource centre's plain id, as in REST.");
        this.Localized("name", r => r.NameSv, r => r.NameEn, "Namn. / Name.", nullable: false);
        this.Localized("description", r => r.DescriptionSv, r => r.DescriptionEn, "Vad källorna säger om centret. / What the sources say about it.");
        Field<NonNullGraphType<AreaGraphType>>("healthcareRegion").Description("Sjukvårdsregionen. / The healthcare region.")
            .Resolve(c => AreaGraphType.ByCode(c, c.Source.HealthcareRegionCode));
        Field<NonNullGraphType<OpenDataEnumType<ResourceCentreStatus>>>("status").Description("Senaste status. / Latest status.").Resolve(c => c.Source.Status);
        Field<OrganisationGraphType>("leadOrganisation").Description("Ledande organisation, där en källa anger den. / Lead organisation, where a source names one.")
            .Resolve(c => OrganisationGraphType.ById(c, c.Source.LeadOrganisationId));
        Field<AgreementGraphType>("fundingAgreement").Description("Överenskommelsen som finansierar centret. / The agreement that funds it.")
            .Resolve(c => AgreementGraphType.ById(c, c.Source.FundingAgreementId));
        Field<AllocationGraphType>("fundingAllocation").Description("Tilldelningen som finansierar centret. / The allocation that funds it.")
            .Resolve(c => AllocationGraphType.ById(c, c.Source.FundingAllocationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaGraphType>>>>("servedAreas").Description("Län och kommuner centret betjänar. / Counties and municipalities it serves.")
            .Resolve(c => Loaders.Many(c, "centre-areas", c.Source.Id, (db, keys) => db.ResourceCentres.Where(r => keys.Contains(r.Id))
                .SelectMany(r => r.ServedAreas, (r, a) => new Keyed<string, Area>(r.Id, a))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusPeriodGraphType>>>>("statusHistory").Description("Status över tid. / Status over time.")
            .Resolve(c => Loaders.Many(c, "centre-history", c.Source.Id, (db, keys) => db.Set<StatusPeriod>().Where(s => keys.Contains(s.ResourceCentreId))
                .OrderBy(s => s.FromYear).ThenBy(s => s.Id).Select(s => new Keyed<string, StatusPeriod>(s.ResourceCentreId, s))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("reports").Description("Rapporter om centret. / Reports about it.")
            .Resolve(c => Loaders.Many(c, "centre-reports", c.Source.Id, (db, keys) => db.ResourceCentres.Where(r => keys.Contains(r.Id))
                .SelectMany(r => r.Reports, (r, s) => new Keyed<string, Source>(r.Id, s))));
        this.SourcesField("centre-sources", x => x.Id, (db, keys) => db.ResourceCentres.Where(r => keys.Contains(r.Id))
                .SelectMany(r => r.Sources, (r, s) => new Keyed<string, Source>(r.Id, s)));
        Field(r => r.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }

    public static object? ById(IResolveFieldContext context, string? id) =>
        Loaders.One(context, "resource-centre", id, (db, keys) => db.ResourceCentres.Where(r => keys.Contains(r.Id)), r => r.Id);
}

public sealed class StatusPeriodGraphType : ObjectGraphType<StatusPeriod>
{
    public StatusPeriodGraphType()
    {
        Name = "StatusPeriod";
        Description = "En period i ett resurscentrums historik. / A period in a resource centre's history.";
        Field<NonNullGraphType<OpenDataEnumType<ResourceCentreStatus>>>("status").Description("Status under perioden. / Status during the period.").Resolve(c => c.Source.Status);
        Field(s => s.FromYear, nullable: true).Description("Första året. / First year.");
        Field(s => s.ToYear, nullable: true).Description("Sista året; null medan den pågår. / Last year; null while it lasts.");
        this.Localized("note", s => s.NoteSv, s => s.NoteEn, "Vad källan säger om perioden. / What the source says about the period.");
        this.SourcesField("period-sources", x => x.Id, (db, keys) => db.Set<StatusPeriod>().Where(s => keys.Contains(s.Id))
                .SelectMany(s => s.Sources, (s, x) => new Keyed<int, Source>(s.Id, x)), "Dokumenten som anger det. / The documents that state it.");
    }
}

public sealed class ResourceCentreWhereInput() : WhereInputType<ResourceCentre>("ResourceCentre", ResourceCentreQuery.Definition);

public sealed class ResourceCentreOrderInput() : OrderInputType<ResourceCentre>("ResourceCentre", ResourceCentreQuery.Definition);
