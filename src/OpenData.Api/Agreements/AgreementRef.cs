using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Agreements;

/// <summary>En länk till en överenskommelse. / A link to an agreement.</summary>
/// <param name="Id">The agreement's id; details at /api/v1/agreements/{id}.</param>
/// <param name="Title">The agreement's title.</param>
public sealed record AgreementRef(string Id, string Title)
{
    /// <summary>The one projection of an agreement to its reference.</summary>
    public static readonly Expression<Func<Agreement, Language, AgreementRef>> From =
        (a, language) => new AgreementRef(a.Id, Localized.Text.Invoke(a.TitleSv, a.TitleEn, language));
}
