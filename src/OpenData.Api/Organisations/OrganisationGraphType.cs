using GraphQL;
using GraphQL.Types;
using OpenData.Api.Areas;
using OpenData.Api.GraphQL;
using OpenData.Api.Sources;

namespace OpenData.Api.Organisations;

public sealed class OrganisationGraphType : ObjectGraphType<OrganisationNode>
{
    public OrganisationGraphType(IEnumerable<IRelationFields<OrganisationGraphType>> relations)
    {
        Name = "Organisation";
        Description = "En organisation: myndighet, region, kommun, förbund, program eller utländskt organ. / "
                      + "An organisation: agency, region, municipality, association, programme or foreign body.";
        this.IsNode(o => o.Id);
        Field("slug", o => o.Id).Description("Organisationens id, samma som i REST (/api/v1/organisations/{slug}). / The organisation's plain id, as in REST.");
        Field<NonNullGraphType<OpenDataEnumType<OrganisationKind>>>("kind").Description("Typ av organisation. / Kind of organisation.").Resolve(c => c.Source.Kind);
        this.Localized("name", o => o.Name, "Namn. / Name.", nullable: false);
        Field(o => o.ShortName, nullable: true).Description("Förkortning (SKR). / Abbreviation (SKR).");
        this.Localized("description", o => o.Description, "Vad källorna säger att organisationen gör. / What the sources say it does.");
        Field("country", o => o.CountryCode, nullable: true).Description("Land (ISO 3166-1 alpha-2); null för internationella organisationer. / Country (ISO 3166-1 alpha-2); null for international organisations.");
        Field(o => o.MunicipalityCode, nullable: true).Description("Kommunkod. / Municipality code.");
        Field(o => o.CountyCode, nullable: true).Description("Länskod. / County code.");
        Field(o => o.OrganisationNumber, nullable: true).Description("Organisationsnummer. / Swedish organisation number.");
        Field(o => o.Website, nullable: true).Description("Webbplats som en källa anger. / Website named by a source.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FormerNameGraphType>>>>("formerNames").Description("Tidigare namn. / Former names.")
            .Resolve(c => c.Source.FormerNames);
        Field<OrganisationGraphType>("parent").Description("Organisationen denna ingår i. / The organisation this one is part of.")
            .Resolve(c => c.Loader<OrganisationByIdLoader>().Load(c, c.Source.ParentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("children").Description("Organisationer som ingår i denna. / Organisations that are part of this one.")
            .Resolve(c => c.Loader<OrganisationChildrenLoader>().LoadSelected(c, c.Source.Id));
        Field<AreaGraphType>("area").Description("Området en region eller kommun styr. / The area a region or municipality governs.")
            .Resolve(c => c.Loader<AreaByCodeLoader>().Load(c, c.Source.AreaCode));
        this.AddRelations(relations);
        this.SourcesField<OrganisationNode, string, SourcesOfOrganisationLoader>(o => o.Id);
        Field(o => o.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }
}

public sealed class FormerNameGraphType : ObjectGraphType<FormerNameNode>
{
    public FormerNameGraphType()
    {
        Name = "FormerName";
        Description = "Ett namn organisationen använt tidigare. / A name the organisation used before.";
        this.Localized("name", n => n.Name, "Det tidigare namnet. / The former name.", nullable: false);
        Field(n => n.ShortName, nullable: true).Description("Den tidigare förkortningen (SKL). / The former abbreviation (SKL).");
        Field(n => n.UsedFromYear, nullable: true).Description("Första året namnet användes. / First year the name was used.");
        Field(n => n.UsedUntilYear, nullable: true).Description("Året namnet ersattes. / Year the name was replaced.");
    }
}

public sealed class OrganisationWhereInput() : WhereInputType<Organisation>("Organisation", OrganisationQuery.Definition);

public sealed class OrganisationOrderInput() : OrderInputType<Organisation>("Organisation", OrganisationQuery.Definition);

/// <summary>The organisations that govern an area, as a field of the area.</summary>
public sealed class OrganisationFieldsOfArea : IRelationFields<AreaGraphType>
{
    public void AddTo(AreaGraphType type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("organisations")
            .Description("Regionerna eller kommunerna som styr området. / The regions or municipalities that govern it.")
            .Resolve(c => c.Loader<OrganisationsOfAreaLoader>().LoadSelected(c, c.Source.Code));
}
