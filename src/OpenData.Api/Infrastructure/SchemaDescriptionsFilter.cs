using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Infrastructure;

/// <summary>Describes, in Swedish and English, the schemas that have no XML documentation of their own: enums and problem details.</summary>
internal sealed class SchemaDescriptionsFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, string> Descriptions = new()
    {
        [typeof(Organisations.OrganisationKind)] = "Typ av organisation. / Kind of organisation.",
        [typeof(Agreements.AgreementKind)] = "Typ av överenskommelse: statlig överenskommelse eller handlingsplan. / Kind of agreement: state agreement or action plan.",
        [typeof(Agreements.PartyRole)] = "En parts roll: undertecknare, deltagare eller samordnare. / A party's role: signatory, participant or coordinator.",
        [typeof(ResourceCentres.ResourceCentreStatus)] = "Status: planerat, projekt, etablerat eller nedlagt. / Status: planned, project, established or discontinued.",
        [typeof(Networks.NetworkKind)] = "Typ av nätverk. / Kind of network.",
        [typeof(Networks.MembershipRole)] = "Roll i ett nätverk: medlem, ledare, värd, samordnare eller databidragsgivare. / Role in a network: member, lead, host, coordinator or data contributor.",
        [typeof(Networks.EventKind)] = "Typ av möte. / Kind of event.",
        [typeof(Datasets.Sex)] = "Kön: totalt, kvinnor eller män. / Sex: total, female or male.",
        [typeof(Datasets.ObservationStatus)] = "Status för ett värde: publicerat, härlett av OpenData, preliminärt, saknas eller undertryckt. / "
                                               + "Status of a value: published, derived by OpenData, provisional, missing or suppressed.",
        [typeof(Areas.AreaKind)] = "Typ av område. / Kind of area.",
        [typeof(Sources.SourceKind)] = "Typ av källa. / Kind of source.",
        [typeof(ProblemDetails)] = "Ett fel enligt RFC 9457 med type, title, status, detail, instance och traceId. / An error as RFC 9457 problem details with type, title, status, detail, instance and traceId.",
        [typeof(HttpValidationProblemDetails)] = "Ogiltiga parametrar enligt RFC 9457; errors namnger varje parameter och vad den tar emot. / "
                                                 + "Invalid parameters as RFC 9457 problem details; errors names each parameter and what it accepts.",
    };

    private static readonly Dictionary<string, string> ProblemMembers = new()
    {
        ["type"] = "URI som identifierar feltypen. / URI identifying the kind of problem.",
        ["title"] = "Kort sammanfattning av feltypen. / Short summary of the kind of problem.",
        ["status"] = "HTTP-statuskoden. / The HTTP status code.",
        ["detail"] = "Vad som gick fel i just denna begäran. / What went wrong in this request.",
        ["instance"] = "Begärans sökväg och frågesträng. / The request's path and query.",
        ["errors"] = "Per parameter: vad som är fel och vad den tar emot. / Per parameter: what is wrong and what it accepts.",
        ["traceId"] = "W3C-spår-id att uppge vid kontakt; felet loggas under det. / W3C trace id to quote; the error is logged under it.",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || !Descriptions.TryGetValue(context.Type, out var description))
        {
            return;
        }
        concrete.Description = description;
        if (context.Type == typeof(ProblemDetails) || context.Type == typeof(HttpValidationProblemDetails))
        {
            concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
            concrete.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String };
            concrete.Required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, property) in concrete.Properties)
            {
                if (property is OpenApiSchema member && ProblemMembers.TryGetValue(name, out var text))
                {
                    member.Description = text;
                    // Every problem this API writes has these (ErrorHandlingExtensions fills in what a handler leaves out).
                    if (name != "errors")
                    {
                        member.Type &= ~JsonSchemaType.Null;
                        concrete.Required.Add(name);
                    }
                }
            }
        }
    }
}
