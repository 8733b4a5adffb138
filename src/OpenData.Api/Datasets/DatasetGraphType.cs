using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using OpenData.Api.Areas;
using OpenData.Api.GraphQL;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

public sealed class DatasetGraphType : ObjectGraphType<DatasetNode>
{
    public DatasetGraphType(IOptions<PagingLimits> limits)
    {
        Name = "Dataset";
        Description = "Ett indikatordataset med metadata, indikatorer och observationer. / An indicator dataset with metadata, indicators and observations.";
        this.IsNode(d => d.Id);
        Field("slug", d => d.Id).Description("Datasetets id, samma som i REST. / The dataset's plain id, as in REST.");
        this.Localized("title", d => d.Title, "Titel. / Title.", nullable: false);
        this.Localized("description", d => d.Description, "Vad datasetet innehåller och hur det läses. / What it holds and how to read it.");
        Field<OrganisationGraphType>("publisher").Description("Utgivaren. / The publisher.").Resolve(c => c.Loader<OrganisationByIdLoader>().Load(c, c.Source.PublisherId));
        Field<NonNullGraphType<DatasetLicenceGraphType>>("licence").Description("Licensen utgivaren anger. / The licence the publisher states.").Resolve(c => c.Source.Licence);
        // Where a dataset has no English keywords, GraphQL has always given its Swedish ones in English too.
        this.LocalizedList("keywords", (d, language) => Localized.ChooseList(d.KeywordsSv, d.KeywordsEn.Count > 0 ? d.KeywordsEn : d.KeywordsSv, language),
            "Nyckelord. / Keywords.");
        Field(d => d.Theme, nullable: true).Description("EU:s datatema (HEAL, SOCI). / EU data theme (HEAL, SOCI).");
        Field(d => d.TemporalFrom, nullable: true).Description("Första perioden (ISO 8601). / First period (ISO 8601).");
        Field(d => d.TemporalTo, nullable: true).Description("Sista perioden (ISO 8601). / Last period (ISO 8601).");
        Field<AreaGraphType>("spatialCoverage").Description("Området datasetet täcker. / The area it covers.").Resolve(c => c.Loader<AreaByCodeLoader>().Load(c, c.Source.SpatialAreaCode));
        Field(d => d.UpdateFrequency, nullable: true).Description("EU:s frekvenskod (ANNUAL). / EU frequency code (ANNUAL).");
        Field<StringGraphType>("issued").Description("När datasetet först publicerades (ISO 8601). / When it was first published (ISO 8601).")
            .Resolve(c => c.Source.Issued?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(d => d.Modified).Description("När observationerna senast ändrades. / When the observations last changed.");
        Field(d => d.Revision).Description("Senaste revisionens nummer. / Number of the latest revision.");
        Field(d => d.ObservationCount).Description("Antal observationer. / Number of observations.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetRevisionGraphType>>>>("revisions").Description("Varje revision, nyaste först. / Every revision, newest first.")
            .Resolve(c => c.Loader<RevisionsOfDatasetLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorGraphType>>>>("indicators").Description("Vad datasetet mäter. / What it measures.")
            .Resolve(c => c.Loader<IndicatorsOfDatasetLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionGraphType>>>>("dimensions")
            .Description("Vad varje värde delas upp efter: indikator, område, period, kön och datasetets egna dimensioner, som i REST. / "
                         + "What each figure is broken down by: indicator, area, period, sex and the dataset's own dimensions, as in REST.")
            .Resolve(c => LoaderResults.Combine(c.Loader<IndicatorsOfDatasetLoader>().Load(c.Source.Id), c.Loader<DimensionsOfDatasetLoader>().Load(c.Source.Id),
                DimensionNode.All));
        var observations = PageSizes.Observations(limits.Value);
        Field<NonNullGraphType<ObservationConnectionType>>("observations")
            .Description($"Värdena, filtrerbara som i REST, upp till {observations.Max} per sida som där. I komplexiteten räknas varje observation 1 och varje fält i den "
                + $"1/{PageSizes.ObservationFieldsPerUnit}, så en hel sida med fälten i en REST-rad ryms. / The figures, filterable as in REST, up to {observations.Max} a page as there. "
                + $"In the complexity each observation counts 1 and each field inside it 1/{PageSizes.ObservationFieldsPerUnit}, so a full page with the fields of a REST row fits.")
            .ConnectionArguments<DatasetNode, ObservationWhereInput, ObservationOrderInput>(observations, changeFeed: false)
            .WindowArguments(DatasetQuery.ObservationsDefinition)
            .Argument<ListGraphType<NonNullGraphType<DimensionFilterInput>>>(DatasetObservationsLoader.DimensionsArgument,
                "Koder i datasetets egna dimensioner, som REST:s ?age=0-4,5-9; alla villkor gäller. / "
                + "Codes of the dataset's own dimensions, as REST's ?age=0-4,5-9; every condition applies.")
            .Resolve(c => c.Loader<DatasetObservationsLoader>().Load(c, c.Source.Id));
        this.SourcesField<DatasetNode, string, SourcesOfDatasetLoader>(d => d.Id, "Dokumenten siffrorna kommer från. / The documents the figures come from.");
        Field(d => d.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }
}

public sealed class DatasetLicenceGraphType : ObjectGraphType<DatasetLicenceNode>
{
    public DatasetLicenceGraphType()
    {
        Name = "DatasetLicence";
        Description = "Ett datasets licens. / A dataset's licence.";
        Field("id", l => l.Id, nullable: true).Description("SPDX-id; null där utgivaren inte anger någon licens. / SPDX id; null where the publisher states none.");
        Field("uri", l => l.Uri, nullable: true).Description("Licensens kanoniska URI. / The licence's canonical URI.");
        this.Localized("note", l => l.Note, "Hur data får användas och anges. / How to use and cite the data.");
    }
}

public sealed class DatasetRevisionGraphType : ObjectGraphType<DatasetRevisionNode>
{
    public DatasetRevisionGraphType()
    {
        Name = "DatasetRevision";
        Description = "En skrivning till ett datasets observationer. / One write to a dataset's observations.";
        Field(r => r.Number).Description("Revisionsnummer från 1. / Revision number from 1.");
        Field(r => r.CreatedAt).Description("När den gjordes. / When it was made.");
        Field(r => r.RowsAdded).Description("Tillagda observationer. / Observations added.");
        Field(r => r.RowsChanged).Description("Ändrade observationer. / Observations changed.");
        Field(r => r.RowsRemoved).Description("Borttagna observationer. / Observations removed.");
        this.Localized("note", r => r.Note, "Vad revisionen var. / What the revision was.");
    }
}

public sealed class IndicatorGraphType : ObjectGraphType<IndicatorNode>
{
    public IndicatorGraphType()
    {
        Name = "Indicator";
        Description = "Något ett dataset mäter. / Something a dataset measures.";
        this.IsNode(i => $"{i.DatasetId}/{i.Code}");
        Field(i => i.Code).Description("Indikatorns kod. / The indicator's code.");
        Field<NonNullGraphType<DatasetGraphType>>("dataset").Description("Datasetet. / The dataset.").Resolve(c => c.Loader<DatasetByIdLoader>().LoadSelected(c, c.Source.DatasetId));
        this.Localized("name", i => i.Name, "Namn. / Name.", nullable: false);
        this.Localized("unit", i => i.Unit, "Enhet. / Unit.", nullable: false);
        this.Localized("definition", i => i.Definition, "Hur värdet definieras. / How the figure is defined.");
        Field(i => i.HigherIsBetter, nullable: true).Description("Om högre är bättre; null där frågan inte gäller. / Whether higher is better; null where it does not apply.");
    }
}

public sealed class ObservationGraphType : ObjectGraphType<ObservationNode>
{
    public ObservationGraphType()
    {
        Name = "Observation";
        Description = "Ett värde: indikator × område × period × kön → värde. / One figure: indicator × area × period × sex → value.";
        this.IsNode(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field("indicatorCode", o => o.IndicatorCode).Description("Indikatorns kod. / The indicator's code.");
        Field<NonNullGraphType<IndicatorGraphType>>("indicator").Description("Indikatorn. / The indicator.").Resolve(c => c.Loader<IndicatorByKeyLoader>().Load(new IndicatorKey(c.Source.DatasetId, c.Source.IndicatorCode)));
        Field<NonNullGraphType<AreaGraphType>>("area").Description("Området. / The area.").Resolve(c => c.Loader<AreaByCodeLoader>().Load(c, c.Source.AreaCode));
        Field(o => o.Period).Description("Period (ISO 8601). / Period (ISO 8601).");
        Field<NonNullGraphType<OpenDataEnumType<Sex>>>("sex").Description("Kön. / Sex.").Resolve(c => c.Source.Sex);
        Field(o => o.Value, nullable: true).Description("Värdet; null när status säger att det saknas eller är undertryckt. / The value; null when missing or suppressed.");
        Field<NonNullGraphType<OpenDataEnumType<ObservationStatus>>>("status").Description("Status för värdet. / Status of the value.").Resolve(c => c.Source.Status);
        this.Localized("note", o => o.Note, "En not om värdet. / A note on the value.");
        Field<NonNullGraphType<SourceGraphType>>("source").Description("Källan värdet lästes ur. / The source the value was read from.").Resolve(c => c.Loader<SourceByIdLoader>().Load(c.Source.SourceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationDimensionGraphType>>>>("dimensions")
            .Description("Värdets koder i datasetets egna dimensioner (åldersgrupp, läkemedel); tom lista när datasetet inte har några. / "
                         + "The figure's codes in the dataset's own dimensions (age group, medicine); empty when the dataset has none.")
            .Resolve(c => c.Loader<DimensionsOfDatasetLoader>().Load(c.Source.DatasetId).Select(dimensions => c.Source.CodesIn(dimensions).ToList()));
    }
}

public sealed class DimensionGraphType : ObjectGraphType<DimensionNode>
{
    public DimensionGraphType()
    {
        Name = "Dimension";
        Description = "En dimension av ett dataset, med sina koder. / A dimension of a dataset, with its codes.";
        Field(d => d.Code).Description("Dimensionens kod: REST-parameter, CSV-kolumn och JSON-stat-id. / The dimension's code: REST parameter, CSV column and JSON-stat id.");
        this.Localized("name", d => d.Name, "Namn. / Name.", nullable: false);
        Field(d => d.Role, nullable: true).Description("JSON-stat:s roll: metric, geo eller time; null för övriga. / JSON-stat's role: metric, geo or time; null for the others.");
        Field(d => d.TotalCode, nullable: true).Description("Koden för alla övriga tillsammans, där en finns. / The code for all the others together, where there is one.");
        Field<ListGraphType<NonNullGraphType<DimensionCodeGraphType>>>("codes")
            .Description("Koderna i ordning; null för område och period (se availability i REST). / The codes in order; null for area and period (see availability in REST).")
            .Resolve(c => c.Source.Codes);
    }
}

public sealed class DimensionCodeGraphType : ObjectGraphType<DimensionCodeNode>
{
    public DimensionCodeGraphType()
    {
        Name = "DimensionCode";
        Description = "En kod i en dimension. / One code of a dimension.";
        Field(c => c.Code).Description("Koden. / The code.");
        this.Localized("label", c => c.Label, "Etikett. / Label.", nullable: false);
    }
}

public sealed class ObservationDimensionGraphType : ObjectGraphType<ObservationDimensionNode>
{
    public ObservationDimensionGraphType()
    {
        Name = "ObservationDimension";
        Description = "Ett värdes kod i en av datasetets egna dimensioner. / A figure's code in one of the dataset's own dimensions.";
        Field("dimension", d => d.Dimension.Code).Description("Dimensionens kod (age). / The dimension's code (age).");
        Field(d => d.Code).Description("Värdets kod i dimensionen (15-19). / The figure's code in the dimension (15-19).");
        this.Localized("label", d => d.Label, "Kodens etikett. / The code's label.", nullable: false);
    }
}

public sealed class DimensionFilterInput : InputObjectGraphType
{
    public DimensionFilterInput()
    {
        Name = "DimensionFilter";
        Description = "Värden med en av dessa koder i en av datasetets egna dimensioner. / Figures with one of these codes in one of the dataset's own dimensions.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Dimensionens kod (age). / The dimension's code (age).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("in").Description("Koderna (0-4, 5-9). / The codes (0-4, 5-9).");
    }
}

public sealed class ObservationConnectionType : ConnectionType<ObservationGraphType, ObservationNode>;

public sealed class DatasetWhereInput() : WhereInputType<Dataset>("Dataset", DatasetQuery.Definition);

public sealed class DatasetOrderInput() : OrderInputType<Dataset>("Dataset", DatasetQuery.Definition);

public sealed class ObservationWhereInput() : WhereInputType<Observation>("Observation", DatasetQuery.ObservationsDefinition);

public sealed class ObservationOrderInput : OrderInputType<Observation>
{
    public ObservationOrderInput() : base("Observation", DatasetQuery.ObservationsDefinition) =>
        Field<DimensionOrderInput>(GraphQLFilters.CodeOrderField).Description(
            "En av datasetets egna dimensioner, i kodernas ordning (0-4 före 10-14), som REST:s sort=age. / "
            + "One of the dataset's own dimensions, in its codes' order (0-4 before 10-14), as REST's sort=age.");
}

public sealed class DimensionOrderInput : InputObjectGraphType
{
    public DimensionOrderInput()
    {
        Name = "DimensionOrder";
        Description = "Sortering efter en av datasetets egna dimensioner. / Order by one of the dataset's own dimensions.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Dimensionens kod (age). / The dimension's code (age).");
        Field<NonNullGraphType<SortDirectionType>>("direction").DefaultValue(false)
            .Description("Riktning; stigande om inget anges. / Direction; ascending unless given.");
    }
}
