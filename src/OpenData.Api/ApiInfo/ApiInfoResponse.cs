namespace OpenData.Api.ApiInfo;

/// <summary>Vad API:et är, vem som publicerar det, hur färska data är och vilka gränser som gäller. / What the API is, who publishes it, how fresh its data is and which limits apply.</summary>
/// <param name="Name">The API's name.</param>
/// <param name="Description">What the API publishes, in Swedish and English.</param>
/// <param name="Version">The API version in the URL (v1).</param>
/// <param name="Build">The build of the server answering.</param>
/// <param name="Licence">The licence of the API's own records. Each dataset states its own licence.</param>
/// <param name="Contact">An organisational contact point.</param>
/// <param name="DataLastModified">When any record last changed (RFC 3339, UTC).</param>
/// <param name="Limits">The limits a client must respect.</param>
/// <param name="Documentation">Where the API is described.</param>
public sealed record ApiInfoResponse(
    string Name,
    LocalizedText Description,
    string Version,
    string Build,
    LicenceResponse Licence,
    ContactResponse Contact,
    DateTime? DataLastModified,
    LimitsResponse Limits,
    DocumentationResponse Documentation);

/// <summary>En text på svenska och, där den finns, engelska. / A text in Swedish and, where available, English.</summary>
/// <param name="Sv">Swedish.</param>
/// <param name="En">English; null where there is no translation.</param>
public sealed record LocalizedText(string Sv, string? En);

/// <summary>En licens. / A licence.</summary>
/// <param name="Id">SPDX identifier.</param>
/// <param name="Uri">The licence's canonical URI.</param>
public sealed record LicenceResponse(string Id, string Uri);

/// <summary>En kontaktpunkt hos organisationen (aldrig en person). / An organisational contact point (never a person).</summary>
/// <param name="Name">Name of the contact point.</param>
/// <param name="Url">Where to reach it.</param>
public sealed record ContactResponse(string Name, string Url);

/// <summary>Gränser som gäller alla klienter. / Limits that apply to every client.</summary>
/// <param name="DefaultPageSize">Items per page when a list request gives no limit.</param>
/// <param name="MaxPageSize">The largest limit a list accepts.</param>
/// <param name="MaxObservationPageSize">The largest limit the observation list accepts.</param>
/// <param name="GraphQL">The limits of one GraphQL request.</param>
/// <param name="RateLimits">How many requests a client may make.</param>
public sealed record LimitsResponse(int DefaultPageSize, int MaxPageSize, int MaxObservationPageSize, GraphQLLimitsResponse GraphQL, RateLimitsResponse RateLimits);

/// <summary>Hur många anrop en klient får göra. / How many requests a client may make.</summary>
/// <param name="AnonymousRequestsPerWindow">Requests per window for a client without a key, per address.</param>
/// <param name="KeyRequestsPerWindow">Requests per window for a client with an API key, per key.</param>
/// <param name="WindowSeconds">The window's length in seconds.</param>
/// <param name="GraphQLComplexityPerRequest">A GraphQL query costs one request more per this much complexity.</param>
public sealed record RateLimitsResponse(int AnonymousRequestsPerWindow, int KeyRequestsPerWindow, int WindowSeconds, int GraphQLComplexityPerRequest);

/// <summary>Gränser för en GraphQL-begäran. / The limits of one GraphQL request.</summary>
/// <param name="MaxDepth">Deepest nesting of fields.</param>
/// <param name="MaxComplexity">Highest estimated cost: every field counts 1, multiplied by the first/last of the connections above it.</param>
/// <param name="MaxDocumentLength">Most characters in the query document.</param>
/// <param name="MaxTokens">Most lexical tokens in the query document.</param>
/// <param name="MaxAliases">Most aliased fields in the document.</param>
/// <param name="MaxExpandedSelections">Most selections once every fragment spread is expanded.</param>
/// <param name="MaxVariablesLength">Most bytes of variables.</param>
/// <param name="MaxPageSize">Largest first/last of a connection, as REST's largest limit.</param>
/// <param name="MaxObservationPageSize">Largest first/last of a dataset's observations, as REST's largest observation limit.</param>
public sealed record GraphQLLimitsResponse(int MaxDepth, int MaxComplexity, int MaxDocumentLength, int MaxTokens, int MaxAliases, int MaxExpandedSelections,
    int MaxVariablesLength, int MaxPageSize, int MaxObservationPageSize);

/// <summary>Länkar till API:ets beskrivningar. / Links to the API's descriptions.</summary>
/// <param name="OpenApi">The OpenAPI 3.1 document.</param>
/// <param name="SwaggerUi">Swagger UI for trying the API in a browser.</param>
/// <param name="Health">The health endpoint.</param>
/// <param name="GraphQL">The GraphQL endpoint.</param>
/// <param name="GraphQLSchema">The GraphQL schema in SDL.</param>
public sealed record DocumentationResponse(string OpenApi, string SwaggerUi, string Health, string GraphQL, string GraphQLSchema);
