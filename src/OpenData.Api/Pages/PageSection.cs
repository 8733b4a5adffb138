using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Pages;

/// <summary>A feature's read of one page of its list, the same function its REST list calls.</summary>
public delegate Task<ListResult<TItem>> ReadList<TItem>(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken);

/// <summary>A feature's read of one record by its id, the same function its REST resource calls.</summary>
public delegate Task<TItem?> ReadOne<TItem>(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken);

/// <summary>A link to one record of a list: its id in the address and the name it is shown by.</summary>
public sealed record RecordLink(string Id, string Name);

/// <summary>
/// A kind of record that has a list page (organisations, datasets, ...): its entry in the menu, its count on the home page and
/// its matches on the search page. A feature adds its own when it maps its list page, so the menu, the home page and the search
/// page name no feature; they show the sections in the order Program.cs maps them.
/// </summary>
public abstract class PageSection(string path, string sv, string en)
{
    /// <summary>The list page's address, such as /organisations; a record's page is under it.</summary>
    public string Path => path;

    public string Title(PageContext page) => page.T(sv, en);

    /// <summary>The component that shows this list on the home page, or null where the home page only counts the records.</summary>
    public Type? HomeBlock { get; private set; }

    /// <summary>Shows the list on the home page with <typeparamref name="TComponent"/>, given the page and the list's first page as Result.</summary>
    public PageSection WithHomeBlock<TComponent>() where TComponent : IComponent
    {
        HomeBlock = typeof(TComponent);
        return this;
    }

    public abstract Task<int> CountAsync(OpenDataDbContext db, CancellationToken cancellationToken);

    /// <summary>Reads the query string against the list's own definition, as its list page and REST list do.</summary>
    public abstract bool TryParse(HttpContext http, [NotNullWhen(true)] out ListRequest? request, out ParameterErrors errors);

    /// <summary>The page of the list the request asks for, as the list page shows it.</summary>
    public abstract Task<object> ReadPageAsync(HttpContext http, OpenDataDbContext db, ListRequest request);

    /// <summary>The records the request matches, as links, and how many there are on all pages.</summary>
    public abstract Task<(int TotalCount, IReadOnlyList<RecordLink> Items)> ReadLinksAsync(HttpContext http, OpenDataDbContext db, ListRequest request);
}

/// <summary>A section over the records of <typeparamref name="T"/>, listed as <typeparamref name="TItem"/>.</summary>
public sealed class PageSection<T, TItem>(string path, string sv, string en, QueryDefinition<T> definition, ReadList<TItem> read, Func<TItem, RecordLink> link)
    : PageSection(path, sv, en) where T : class
{
    public override Task<int> CountAsync(OpenDataDbContext db, CancellationToken cancellationToken) => db.Set<T>().CountAsync(cancellationToken);

    public override bool TryParse(HttpContext http, [NotNullWhen(true)] out ListRequest? request, out ParameterErrors errors) =>
        ListQuery.TryRead(http, definition, out request, out errors);

    public override async Task<object> ReadPageAsync(HttpContext http, OpenDataDbContext db, ListRequest request) => await ReadAsync(http, db, request);

    public override async Task<(int TotalCount, IReadOnlyList<RecordLink> Items)> ReadLinksAsync(HttpContext http, OpenDataDbContext db, ListRequest request)
    {
        var page = await ReadAsync(http, db, request);
        return (page.TotalCount, page.Items.Select(link).ToList());
    }

    public async Task<Page<TItem>> ReadAsync(HttpContext http, OpenDataDbContext db, ListRequest request) =>
        ListQuery.ToPage(http.Request, request, await read(db, request, http.Language(), http.RequestAborted));
}

/// <summary>The sections of the pages, in the order their features map them.</summary>
public sealed class PageSections : IEnumerable<PageSection>
{
    private readonly List<PageSection> sections = [];

    public void Add(PageSection section) => sections.Add(section);

    public IEnumerator<PageSection> GetEnumerator() => sections.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
