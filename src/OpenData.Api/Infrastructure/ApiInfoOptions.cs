namespace OpenData.Api.Infrastructure;

/// <summary>Who publishes the API and under which terms; bound from the "ApiInfo" configuration section.</summary>
public sealed class ApiInfoOptions
{
    public string Name { get; set; } = "OpenData – psykisk hälsa";
    public string ContactName { get; set; } = "OpenData";
    public string ContactUrl { get; set; } = "http://localhost:5080/";
    /// <summary>
    /// An organisational mailbox for the DCAT contact point, never a person's. None by default, and none is made up:
    /// dataportal.se requires one, so an operator registering the catalogue there must set it.
    /// </summary>
    public string? ContactEmail { get; set; }
    /// <summary>
    /// The ADMS publisher type of whoever publishes the catalogue ("NationalAuthority", "NonProfitOrganisation"). None by default:
    /// it is a fact about the operator, who must set it for dataportal.se.
    /// </summary>
    public string? PublisherType { get; set; }
    /// <summary>
    /// The address of the operator's terms of use for the API (an absolute http or https URL), published as the OpenAPI document's
    /// termsOfService. None by default: there are no terms unless the operator writes them.
    /// </summary>
    public string? TermsOfService { get; set; }
    /// <summary>
    /// The service level the operator commits to (availability, response times, support), as text in the OpenAPI document's description,
    /// best "Svensk text. / English text.". Unset, the document says the API has no guaranteed service level.
    /// </summary>
    public string? ServiceLevel { get; set; }
    /// <summary>
    /// The API's public address ("https://opendata.example.se"), which the catalogue's IRIs and identifiers are made from, so they
    /// stay the same whichever host name or proxy a harvester comes through. Unset, they follow the request's own address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>The licence of the API's own records; each dataset states its own.</summary>
    public string LicenceId { get; set; } = "CC-BY-4.0";
    public string LicenceUri { get; set; } = "http://creativecommons.org/licenses/by/4.0/";
}

/// <summary>Page sizes; bound from the "Limits" configuration section and published in api-info.</summary>
public sealed class PagingLimits
{
    public int DefaultPageSize { get; set; } = 20;
    public int MaxPageSize { get; set; } = 100;
    public int MaxObservationPageSize { get; set; } = 10_000;
}
