using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Networks;

/// <summary>En länk till ett nätverk. / A link to a network.</summary>
/// <param name="Id">The network's id; details at /api/v1/networks/{id}.</param>
/// <param name="Name">The network's name.</param>
public sealed record NetworkRef(string Id, string Name)
{
    /// <summary>The one projection of a network to its reference.</summary>
    public static readonly Expression<Func<Network, Language, NetworkRef>> From =
        (n, language) => new NetworkRef(n.Id, Localized.Text.Invoke(n.NameSv, n.NameEn, language));
}
