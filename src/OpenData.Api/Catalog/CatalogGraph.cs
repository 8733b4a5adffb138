using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Datasets;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using static OpenData.Api.Catalog.Rdf;

namespace OpenData.Api.Catalog;

/// <summary>
/// The DCAT-AP-SE 3.0.1 description of the catalogue: the catalogue, every dataset with one distribution per download
/// format, the API as a data service, publishers, an organisational contact point and licences. It conforms to SEMIC's
/// DCAT-AP 3.0.1 SHACL shapes and carries what dataportal.se needs to harvest it. Every node has an absolute IRI; none is a
/// blank node.
/// </summary>
public static class CatalogGraph
{
    private const string EuFrequency = "http://publications.europa.eu/resource/authority/frequency/";
    private const string EuFileType = "http://publications.europa.eu/resource/authority/file-type/";
    private const string EuLanguage = "http://publications.europa.eu/resource/authority/language/";
    private const string EuCountry = "http://publications.europa.eu/resource/authority/country/";
    private const string DataportalOrganisation = "http://dataportal.se/organisation/SE";

    private sealed record Format(string Name, string Download, string FileType, string MediaType, string TitleSv, string TitleEn);

    private static readonly Format[] Formats =
    [
        new("csv", "data?format=csv", "CSV", "https://www.iana.org/assignments/media-types/text/csv", "CSV (UTF-8, RFC 4180)", "CSV (UTF-8, RFC 4180)"),
        new("json", "data?format=json", "JSON", "https://www.iana.org/assignments/media-types/application/json", "JSON", "JSON"),
        new("jsonstat", "data?format=jsonstat", "JSON", "https://www.iana.org/assignments/media-types/application/json", "JSON-stat 2.0", "JSON-stat 2.0"),
        new("parquet", "data?format=parquet", "PARQUET", "https://www.iana.org/assignments/media-types/application/vnd.apache.parquet", "Apache Parquet", "Apache Parquet"),
        new("geojson", "data?format=geojson", "GEOJSON", "https://www.iana.org/assignments/media-types/application/geo+json", "GeoJSON med områdenas gränser", "GeoJSON with the areas' boundaries"),
    ];

    private sealed record DatasetRow(
        string Id, string TitleSv, string? TitleEn, string? DescriptionSv, string? DescriptionEn, string? PublisherId, string? LicenceUri,
        string? LicenceNoteSv, string? LicenceNoteEn, List<string> KeywordsSv, List<string> KeywordsEn, string? Theme, string? TemporalFrom,
        string? TemporalTo, string? SpatialAreaCode, string? UpdateFrequency, DateOnly? Issued, DateTime Modified, int Revision);

    private sealed record PublisherRow(
        string Id, string NameSv, string? NameEn, OrganisationKind Kind, OrganisationKind? ParentKind, string? CountryCode, string? OrganisationNumber);

    public static async Task<List<Triple>> BuildAsync(OpenDataDbContext db, string baseUrl, ApiInfoOptions info, CancellationToken cancellationToken)
    {
        var datasets = await db.Datasets.OrderBy(d => d.Id).Select(d => new DatasetRow(
            d.Id, d.TitleSv, d.TitleEn, d.DescriptionSv, d.DescriptionEn, d.PublisherId, d.LicenceUri, d.LicenceNoteSv, d.LicenceNoteEn,
            d.KeywordsSv, d.KeywordsEn, d.Theme, d.TemporalFrom, d.TemporalTo, d.SpatialAreaCode, d.UpdateFrequency, d.Issued, d.Modified,
            d.Revision)).ToListAsync(cancellationToken);
        var publisherIds = datasets.Select(d => d.PublisherId).OfType<string>().Distinct().ToList();
        var publishers = await db.Organisations.Where(o => publisherIds.Contains(o.Id))
            .Select(o => new PublisherRow(o.Id, o.NameSv, o.NameEn, o.Kind, o.Parent == null ? (OrganisationKind?)null : o.Parent.Kind, o.CountryCode, o.OrganisationNumber))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        return new Builder(baseUrl, info).Catalogue(datasets, publishers);
    }

    /// <summary>
    /// The IRI that names an organisation: dataportal.se's own for a Swedish organisation whose organisation number the data
    /// states, so harvested datasets join that organisation's page there; otherwise this API's record of it.
    /// </summary>
    public static string OrganisationIri(string baseUrl, string id, string? countryCode, string? organisationNumber) =>
        countryCode == "SE" && organisationNumber is not null
            ? DataportalOrganisation + organisationNumber.Replace("-", "", StringComparison.Ordinal)
            : $"{baseUrl}/api/v1/organisations/{id}";

    /// <summary>
    /// The ADMS publisher type an organisation's kind implies; none where the kind alone does not say (a foreign public body may
    /// be national or local, an international organisation is no authority of one country), rather than a guess.
    /// </summary>
    public static string? PublisherType(OrganisationKind kind, OrganisationKind? parentKind) => kind switch
    {
        OrganisationKind.Government or OrganisationKind.GovernmentAgency => "NationalAuthority",
        OrganisationKind.Region => "RegionalAuthority",
        OrganisationKind.Municipality => "LocalAuthority",
        // SKR and Storsthlm are interest organisations of municipalities and regions, not authorities themselves.
        OrganisationKind.MunicipalAssociation or OrganisationKind.CivilSociety => "NonGovernmentalOrganisation",
        // A programme is run by the organisation it is part of (Uppdrag Psykisk Hälsa by SKR).
        OrganisationKind.Programme when parentKind is { } parent => PublisherType(parent, null),
        _ => null,
    };

    /// <summary>Collects the triples once each, so a vocabulary term named by many nodes is described once.</summary>
    private sealed class Builder(string baseUrl, ApiInfoOptions info)
    {
        private readonly List<Triple> _graph = [];
        private readonly HashSet<Triple> _seen = [];
        private readonly string _catalog = $"{baseUrl}/api/v1/catalog";
        private readonly string _service = $"{baseUrl}/api/v1#service";
        private readonly string _catalogPublisher = $"{baseUrl}/#publisher";
        private readonly string _contact = $"{baseUrl}/#contact";

        public List<Triple> Catalogue(List<DatasetRow> datasets, Dictionary<string, PublisherRow> publishers)
        {
            Type(_catalog, "dcat:Catalog");
            Text(_catalog, "dcterms:title", "OpenData – psykisk hälsa", "OpenData – mental health");
            Text(_catalog, "dcterms:description",
                "Öppna data om Sveriges infrastruktur för psykisk hälsa: organisationer, överenskommelser, regionala resurscentrum, nätverk och indikatordataset.",
                "Open data on Sweden's mental-health infrastructure: organisations, agreements, regional resource centres, networks and indicator datasets.");
            Link(_catalog, "dcterms:publisher", _catalogPublisher);
            Link(_catalog, "foaf:homepage", Document($"{baseUrl}/"));
            Link(_catalog, "dcterms:license", Licence(info.LicenceUri));
            Link(_catalog, "dcterms:language", Swedish());
            Link(_catalog, "dcat:themeTaxonomy", DataThemes());
            Link(_catalog, "dcat:service", _service);
            if (datasets.Count > 0)
            {
                Add(_catalog, "dcterms:modified", DateTimeLiteral(datasets.Max(d => d.Modified)));
            }
            CataloguePublisher();
            ContactPoint();
            DataService(datasets);
            foreach (var dataset in datasets)
            {
                Link(_catalog, "dcat:dataset", Dataset(dataset, dataset.PublisherId is { } id ? Publisher(publishers[id]) : _catalogPublisher));
            }
            return _graph;
        }

        private void CataloguePublisher()
        {
            Type(_catalogPublisher, "foaf:Agent");
            Add(_catalogPublisher, "foaf:name", new Literal(info.ContactName, "sv"));
            if (info.PublisherType is { } type)
            {
                Link(_catalogPublisher, "dcterms:type", PublisherTypeConcept(type));
            }
        }

        /// <summary>The organisational contact point; an e-mail address only where the operator configured one, never made up.</summary>
        private void ContactPoint()
        {
            Type(_contact, "vcard:Kind");
            Type(_contact, "vcard:Organization");
            Add(_contact, "vcard:fn", new Literal(info.ContactName));
            Link(_contact, "vcard:hasURL", info.ContactUrl);
            if (info.ContactEmail is { } email)
            {
                Link(_contact, "vcard:hasEmail", $"mailto:{email}");
            }
        }

        private void DataService(List<DatasetRow> datasets)
        {
            Type(_service, "dcat:DataService");
            Text(_service, "dcterms:title", "OpenData REST API v1", "OpenData REST API v1");
            Text(_service, "dcterms:description", "REST-API med OpenAPI 3.1-beskrivning, samt GraphQL på /graphql.", "REST API described by OpenAPI 3.1, and GraphQL at /graphql.");
            Link(_service, "dcat:endpointURL", $"{baseUrl}/api/v1");
            Link(_service, "dcat:endpointDescription", $"{baseUrl}/openapi/v1.json");
            Link(_service, "dcterms:publisher", _catalogPublisher);
            Link(_service, "dcat:contactPoint", _contact);
            Link(_service, "dcterms:license", Licence(info.LicenceUri));
            foreach (var dataset in datasets)
            {
                Link(_service, "dcat:servesDataset", DatasetIri(dataset.Id));
            }
        }

        private string Publisher(PublisherRow organisation)
        {
            var agent = OrganisationIri(baseUrl, organisation.Id, organisation.CountryCode, organisation.OrganisationNumber);
            Type(agent, "foaf:Agent");
            Text(agent, "foaf:name", organisation.NameSv, organisation.NameEn);
            if (PublisherType(organisation.Kind, organisation.ParentKind) is { } type)
            {
                Link(agent, "dcterms:type", PublisherTypeConcept(type));
            }
            return agent;
        }

        private string Dataset(DatasetRow dataset, string publisher)
        {
            var iri = DatasetIri(dataset.Id);
            Type(iri, "dcat:Dataset");
            Text(iri, "dcterms:title", dataset.TitleSv, dataset.TitleEn);
            Text(iri, "dcterms:description", dataset.DescriptionSv ?? dataset.TitleSv, dataset.DescriptionEn);
            // The dataset's IRI as a literal: unique in the catalogue and unchanged by revisions, as dataportal.se asks.
            Add(iri, "dcterms:identifier", new Literal(iri));
            Link(iri, "dcterms:publisher", publisher);
            Link(iri, "dcat:contactPoint", _contact);
            Link(iri, "dcat:landingPage", Document($"{baseUrl}/datasets/{dataset.Id}"));
            Link(iri, "dcterms:language", Swedish());
            dataset.KeywordsSv.ForEach(keyword => Add(iri, "dcat:keyword", new Literal(keyword, "sv")));
            dataset.KeywordsEn.ForEach(keyword => Add(iri, "dcat:keyword", new Literal(keyword, "en")));
            if (dataset.Theme is not null)
            {
                Link(iri, "dcat:theme", Theme(dataset.Theme));
            }
            if (dataset.UpdateFrequency is not null)
            {
                Link(iri, "dcterms:accrualPeriodicity", Typed(EuFrequency + dataset.UpdateFrequency, "dcterms:Frequency"));
            }
            if (dataset.SpatialAreaCode == "00")
            {
                Link(iri, "dcterms:spatial", Typed(EuCountry + "SWE", "dcterms:Location"));
            }
            Temporal(iri, dataset.TemporalFrom, dataset.TemporalTo);
            if (dataset.Issued is { } issued)
            {
                Add(iri, "dcterms:issued", new Literal(issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Datatype: Xsd + "date"));
            }
            Add(iri, "dcterms:modified", DateTimeLiteral(dataset.Modified));
            Add(iri, "dcat:version", new Literal(dataset.Revision.ToString(CultureInfo.InvariantCulture)));
            var rights = Rights(iri, dataset);
            foreach (var format in Formats)
            {
                Link(iri, "dcat:distribution", Distribution(iri, dataset, format, rights));
            }
            return iri;
        }

        private void Temporal(string dataset, string? from, string? to)
        {
            if (from is null && to is null)
            {
                return;
            }
            var period = $"{dataset}#temporal";
            Link(dataset, "dcterms:temporal", period);
            Type(period, "dcterms:PeriodOfTime");
            if (from is { Length: 4 })
            {
                Add(period, "dcat:startDate", new Literal($"{from}-01-01", Datatype: Xsd + "date"));
            }
            if (to is { Length: 4 })
            {
                Add(period, "dcat:endDate", new Literal($"{to}-12-31", Datatype: Xsd + "date"));
            }
        }

        private string Distribution(string dataset, DatasetRow row, Format format, string? rights)
        {
            var distribution = $"{dataset}#distribution-{format.Name}";
            var download = $"{dataset}/{format.Download}";
            Type(distribution, "dcat:Distribution");
            Text(distribution, "dcterms:title", $"{row.TitleSv} – {format.TitleSv}", row.TitleEn is null ? null : $"{row.TitleEn} – {format.TitleEn}");
            Link(distribution, "dcat:accessURL", download);
            Link(distribution, "dcat:downloadURL", download);
            Link(distribution, "dcterms:format", Typed(EuFileType + format.FileType, "dcterms:MediaTypeOrExtent"));
            Link(distribution, "dcat:mediaType", Typed(format.MediaType, "dcterms:MediaType"));
            Link(distribution, "dcat:accessService", _service);
            if (row.LicenceUri is not null)
            {
                Link(distribution, "dcterms:license", Licence(row.LicenceUri));
            }
            else if (rights is not null)
            {
                Link(distribution, "dcterms:rights", rights);
            }
            return distribution;
        }

        /// <summary>
        /// Where the publisher states no licence, none is claimed: DCAT-AP 3.0.1 makes a distribution's licence optional
        /// (recommended, never mandatory), so the distributions carry no dct:license and instead the dataset's licence note
        /// (NASP: "states no licence; cite …") as one rights statement. A dataset with neither licence nor note says nothing.
        /// </summary>
        private string? Rights(string dataset, DatasetRow row)
        {
            if (row.LicenceUri is not null || (row.LicenceNoteSv is null && row.LicenceNoteEn is null))
            {
                return null;
            }
            var rights = $"{dataset}#rights";
            Type(rights, "dcterms:RightsStatement");
            Text(rights, "rdfs:label", row.LicenceNoteSv, row.LicenceNoteEn);
            return rights;
        }

        private string DatasetIri(string id) => $"{baseUrl}/api/v1/datasets/{id}";

        /// <summary>A theme of the EU table, labelled as the table labels it; a code outside the table is named as stored, undescribed.</summary>
        private string Theme(string code)
        {
            var theme = Vocabularies.DataThemeScheme + "/" + code;
            if (Vocabularies.DataThemes.TryGetValue(code, out var label))
            {
                Type(theme, "skos:Concept");
                Text(theme, "skos:prefLabel", label.Sv, label.En);
                Link(theme, "skos:inScheme", DataThemes());
            }
            return theme;
        }

        private string DataThemes()
        {
            Type(Vocabularies.DataThemeScheme, "skos:ConceptScheme");
            Add(Vocabularies.DataThemeScheme, "dcterms:title", new Literal(Vocabularies.DataThemeSchemeTitle, "en"));
            return Vocabularies.DataThemeScheme;
        }

        private string PublisherTypeConcept(string type)
        {
            var concept = Vocabularies.PublisherTypeNamespace + type;
            Type(concept, "skos:Concept");
            Add(concept, "skos:prefLabel", new Literal(Vocabularies.PublisherTypes[type], "en"));
            return concept;
        }

        private string Swedish() => Typed(EuLanguage + "SWE", "dcterms:LinguisticSystem");

        private string Licence(string uri) => Typed(uri, "dcterms:LicenseDocument");

        private string Document(string uri) => Typed(uri, "foaf:Document");

        /// <summary>
        /// States the class a term has as the value of its property (the range DCMI and DCAT give the property). The DCAT-AP
        /// shapes check those classes, and a harvester cannot be expected to load every vocabulary to find them.
        /// </summary>
        private string Typed(string iri, string type)
        {
            Type(iri, type);
            return iri;
        }

        private void Type(string subject, string type) => Link(subject, "rdf:type", Expand(type));

        private void Link(string subject, string predicate, string iri) => Add(subject, predicate, new Iri(iri));

        private void Text(string subject, string predicate, string? sv, string? en)
        {
            if (sv is not null)
            {
                Add(subject, predicate, new Literal(sv, "sv"));
            }
            if (en is not null)
            {
                Add(subject, predicate, new Literal(en, "en"));
            }
        }

        private void Add(string subject, string predicate, RdfTerm value)
        {
            var triple = new Triple(subject, Expand(predicate), value);
            if (_seen.Add(triple))
            {
                _graph.Add(triple);
            }
        }

        private static Literal DateTimeLiteral(DateTime value) =>
            new(value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Datatype: Xsd + "dateTime");
    }
}
