using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.ApiInfo;
using OpenData.Api.Data;
using static OpenData.Api.Catalog.Rdf;

namespace OpenData.Api.Catalog;

/// <summary>
/// The DCAT-AP-SE 3.0.1 description of the catalogue: the catalogue, every dataset with one distribution
/// per download format, the API as a data service, publishers, an organisational contact point and
/// licences. Every node that DCAT-AP-SE names (catalogue, dataset, distribution, publisher, contact) has an
/// absolute IRI; none is a blank node.
/// </summary>
public static class CatalogGraph
{
    private const string EuTheme = "http://publications.europa.eu/resource/authority/data-theme/";
    private const string EuFrequency = "http://publications.europa.eu/resource/authority/frequency/";
    private const string EuFileType = "http://publications.europa.eu/resource/authority/file-type/";
    private const string EuLanguage = "http://publications.europa.eu/resource/authority/language/";
    private const string EuCountry = "http://publications.europa.eu/resource/authority/country/";
    private const string PublisherType = "http://purl.org/adms/publishertype/";

    private static readonly (string Name, string Extension, string FileType, string MediaType, string TitleSv, string TitleEn)[] Formats =
    [
        ("csv", "data.csv", "CSV", "https://www.iana.org/assignments/media-types/text/csv", "CSV (UTF-8, RFC 4180)", "CSV (UTF-8, RFC 4180)"),
        ("json", "data.json", "JSON", "https://www.iana.org/assignments/media-types/application/json", "JSON", "JSON"),
        ("jsonstat", "data.jsonstat", "JSON", "https://www.iana.org/assignments/media-types/application/json", "JSON-stat 2.0", "JSON-stat 2.0"),
    ];

    public static async Task<List<Triple>> BuildAsync(OpenDataDbContext db, string baseUrl, ApiInfoOptions info, CancellationToken cancellationToken)
    {
        var datasets = await db.Datasets.OrderBy(d => d.Id).Select(d => new
        {
            d.Id, d.TitleSv, d.TitleEn, d.DescriptionSv, d.DescriptionEn, d.PublisherId, d.LicenceId, d.LicenceUri, d.LicenceNoteSv, d.LicenceNoteEn,
            d.KeywordsSv, d.KeywordsEn, d.Theme, d.TemporalFrom, d.TemporalTo, d.SpatialAreaCode, d.UpdateFrequency, d.Issued, d.Modified, d.Revision,
        }).ToListAsync(cancellationToken);
        var publisherIds = datasets.Select(d => d.PublisherId).OfType<string>().Distinct().ToList();
        var publishers = await db.Organisations.Where(o => publisherIds.Contains(o.Id))
            .Select(o => new { o.Id, o.NameSv, o.NameEn, o.Kind, o.Website }).ToListAsync(cancellationToken);

        var graph = new List<Triple>();
        void Add(string subject, string predicate, RdfTerm value) => graph.Add(new Triple(subject, Expand(predicate), value));
        void Text(string subject, string predicate, string? sv, string? en)
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
        Literal Date(DateTime value) => new(value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Datatype: Xsd + "dateTime");

        var catalog = $"{baseUrl}/api/v1/catalog";
        var service = $"{baseUrl}/api/v1#service";
        var catalogPublisher = $"{baseUrl}/#publisher";
        var contact = $"{baseUrl}/#contact";
        var apiLicence = info.LicenceUri;

        Add(catalog, "rdf:type", new Iri(Expand("dcat:Catalog")));
        Text(catalog, "dcterms:title", "OpenData – psykisk hälsa", "OpenData – mental health");
        Text(catalog, "dcterms:description",
            "Öppna data om Sveriges infrastruktur för psykisk hälsa: organisationer, överenskommelser, regionala resurscentrum, nätverk och indikatordataset.",
            "Open data on Sweden's mental-health infrastructure: organisations, agreements, regional resource centres, networks and indicator datasets.");
        Add(catalog, "dcterms:publisher", new Iri(catalogPublisher));
        Add(catalog, "foaf:homepage", new Iri($"{baseUrl}/"));
        Add(catalog, "dcterms:license", new Iri(apiLicence));
        Add(catalog, "dcterms:language", new Iri(EuLanguage + "SWE"));
        Add(catalog, "dcat:themeTaxonomy", new Iri("http://publications.europa.eu/resource/authority/data-theme"));
        Add(catalog, "dcat:service", new Iri(service));
        if (datasets.Count > 0)
        {
            Add(catalog, "dcterms:modified", Date(datasets.Max(d => d.Modified)));
        }

        Add(catalogPublisher, "rdf:type", new Iri(Expand("foaf:Agent")));
        Add(catalogPublisher, "foaf:name", new Literal(info.ContactName, "sv"));
        Add(catalogPublisher, "dcterms:type", new Iri(PublisherType + "NonProfitOrganisation"));

        Add(contact, "rdf:type", new Iri(Expand("vcard:Organization")));
        Add(contact, "vcard:fn", new Literal(info.ContactName));
        Add(contact, "vcard:hasURL", new Iri(info.ContactUrl));
        if (info.ContactEmail is { } email)
        {
            Add(contact, "vcard:hasEmail", new Iri($"mailto:{email}"));
        }

        Add(service, "rdf:type", new Iri(Expand("dcat:DataService")));
        Text(service, "dcterms:title", "OpenData REST API v1", "OpenData REST API v1");
        Text(service, "dcterms:description", "REST-API med OpenAPI 3.1-beskrivning, samt GraphQL på /graphql.", "REST API described by OpenAPI 3.1, and GraphQL at /graphql.");
        Add(service, "dcat:endpointURL", new Iri($"{baseUrl}/api/v1"));
        Add(service, "dcat:endpointDescription", new Iri($"{baseUrl}/openapi/v1.json"));
        Add(service, "dcterms:publisher", new Iri(catalogPublisher));
        Add(service, "dcat:contactPoint", new Iri(contact));
        Add(service, "dcterms:license", new Iri(apiLicence));

        foreach (var licence in datasets.Select(d => d.LicenceUri).OfType<string>().Append(apiLicence).Distinct())
        {
            Add(licence, "rdf:type", new Iri(Expand("dcterms:LicenseDocument")));
        }

        foreach (var organisation in publishers)
        {
            var agent = $"{baseUrl}/api/v1/organisations/{organisation.Id}";
            Add(agent, "rdf:type", new Iri(Expand("foaf:Agent")));
            Text(agent, "foaf:name", organisation.NameSv, organisation.NameEn);
            Add(agent, "dcterms:type", new Iri(PublisherType + (organisation.Kind is Organisations.OrganisationKind.GovernmentAgency
                or Organisations.OrganisationKind.Government or Organisations.OrganisationKind.Region or Organisations.OrganisationKind.Municipality
                ? "NationalAuthority" : "NonProfitOrganisation")));
        }

        foreach (var dataset in datasets)
        {
            var iri = $"{baseUrl}/api/v1/datasets/{dataset.Id}";
            Add(catalog, "dcat:dataset", new Iri(iri));
            Add(service, "dcat:servesDataset", new Iri(iri));
            Add(iri, "rdf:type", new Iri(Expand("dcat:Dataset")));
            Text(iri, "dcterms:title", dataset.TitleSv, dataset.TitleEn);
            Text(iri, "dcterms:description", dataset.DescriptionSv ?? dataset.TitleSv, dataset.DescriptionEn);
            Add(iri, "dcterms:identifier", new Literal(iri));
            Add(iri, "dcterms:publisher", new Iri(dataset.PublisherId is null ? catalogPublisher : $"{baseUrl}/api/v1/organisations/{dataset.PublisherId}"));
            Add(iri, "dcat:contactPoint", new Iri(contact));
            Add(iri, "dcat:landingPage", new Iri(iri));
            Add(iri, "dcterms:language", new Iri(EuLanguage + "SWE"));
            foreach (var keyword in dataset.KeywordsSv)
            {
                Add(iri, "dcat:keyword", new Literal(keyword, "sv"));
            }
            foreach (var keyword in dataset.KeywordsEn)
            {
                Add(iri, "dcat:keyword", new Literal(keyword, "en"));
            }
            if (dataset.Theme is not null)
            {
                Add(iri, "dcat:theme", new Iri(EuTheme + dataset.Theme));
            }
            if (dataset.UpdateFrequency is not null)
            {
                Add(iri, "dcterms:accrualPeriodicity", new Iri(EuFrequency + dataset.UpdateFrequency));
            }
            if (dataset.SpatialAreaCode == "00")
            {
                Add(iri, "dcterms:spatial", new Iri(EuCountry + "SWE"));
            }
            if (dataset.TemporalFrom is not null || dataset.TemporalTo is not null)
            {
                var period = $"{iri}#temporal";
                Add(iri, "dcterms:temporal", new Iri(period));
                Add(period, "rdf:type", new Iri(Expand("dcterms:PeriodOfTime")));
                if (dataset.TemporalFrom is { Length: 4 } from)
                {
                    Add(period, "dcat:startDate", new Literal($"{from}-01-01", Datatype: Xsd + "date"));
                }
                if (dataset.TemporalTo is { Length: 4 } to)
                {
                    Add(period, "dcat:endDate", new Literal($"{to}-12-31", Datatype: Xsd + "date"));
                }
            }
            if (dataset.Issued is { } issued)
            {
                Add(iri, "dcterms:issued", new Literal(issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Datatype: Xsd + "date"));
            }
            Add(iri, "dcterms:modified", Date(dataset.Modified));
            Add(iri, "adms:version", new Literal(dataset.Revision.ToString(CultureInfo.InvariantCulture)));

            foreach (var format in Formats)
            {
                var distribution = $"{iri}#distribution-{format.Name}";
                var download = $"{iri}/{format.Extension}";
                Add(iri, "dcat:distribution", new Iri(distribution));
                Add(distribution, "rdf:type", new Iri(Expand("dcat:Distribution")));
                Text(distribution, "dcterms:title", $"{dataset.TitleSv} – {format.TitleSv}", dataset.TitleEn is null ? null : $"{dataset.TitleEn} – {format.TitleEn}");
                Add(distribution, "dcat:accessURL", new Iri(download));
                Add(distribution, "dcat:downloadURL", new Iri(download));
                Add(distribution, "dcterms:format", new Iri(EuFileType + format.FileType));
                Add(distribution, "dcat:mediaType", new Iri(format.MediaType));
                Add(distribution, "dcat:accessService", new Iri(service));
                if (dataset.LicenceUri is not null)
                {
                    Add(distribution, "dcterms:license", new Iri(dataset.LicenceUri));
                }
                else
                {
                    // No licence is stated: say so, rather than claim one.
                    Text(distribution, "dcterms:rights", dataset.LicenceNoteSv, dataset.LicenceNoteEn);
                }
            }
        }
        return graph;
    }
}
