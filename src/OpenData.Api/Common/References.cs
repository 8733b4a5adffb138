namespace OpenData.Api.Common;

/// <summary>En källa som en post hänvisar till: dokumentet som anger uppgiften. / A source a record cites: the document that states the fact.</summary>
/// <param name="Id">The source's id; details at /api/v1/sources/{id}.</param>
/// <param name="Title">The document's title, in its own language.</param>
/// <param name="Url">Where the document is, where known.</param>
public sealed record SourceRef(string Id, string Title, string? Url);

/// <summary>En länk till ett område. / A link to an area.</summary>
/// <param name="Code">The area's code; details at /api/v1/areas/{code}.</param>
/// <param name="Name">The area's name.</param>
public sealed record AreaRef(string Code, string Name);

/// <summary>En länk till en organisation. / A link to an organisation.</summary>
/// <param name="Id">The organisation's id; details at /api/v1/organisations/{id}.</param>
/// <param name="Name">The organisation's name.</param>
public sealed record OrganisationRef(string Id, string Name);

/// <summary>En länk till ett nätverk. / A link to a network.</summary>
/// <param name="Id">The network's id; details at /api/v1/networks/{id}.</param>
/// <param name="Name">The network's name.</param>
public sealed record NetworkRef(string Id, string Name);

/// <summary>En länk till en överenskommelse. / A link to an agreement.</summary>
/// <param name="Id">The agreement's id; details at /api/v1/agreements/{id}.</param>
/// <param name="Title">The agreement's title.</param>
public sealed record AgreementRef(string Id, string Title);
