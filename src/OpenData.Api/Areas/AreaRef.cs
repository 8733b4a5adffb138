using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Areas;

/// <summary>En länk till ett område. / A link to an area.</summary>
/// <param name="Code">The area's code; details at /api/v1/areas/{code}.</param>
/// <param name="Name">The area's name.</param>
public sealed record AreaRef(string Code, string Name)
{
    /// <summary>The one projection of an area to its reference.</summary>
    public static readonly Expression<Func<Area, Language, AreaRef>> From =
        (a, language) => new AreaRef(a.Code, Localized.Text.Invoke(a.NameSv, a.NameEn, language));
}
