using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Organisations;

/// <summary>En länk till en organisation. / A link to an organisation.</summary>
/// <param name="Id">The organisation's id; details at /api/v1/organisations/{id}.</param>
/// <param name="Name">The organisation's name.</param>
public sealed record OrganisationRef(string Id, string Name)
{
    /// <summary>The one projection of an organisation to its reference.</summary>
    public static readonly Expression<Func<Organisation, Language, OrganisationRef>> From =
        (o, language) => new OrganisationRef(o.Id, Localized.Text.Invoke(o.NameSv, o.NameEn, language));
}
