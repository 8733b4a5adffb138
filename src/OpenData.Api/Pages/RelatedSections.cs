using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Pages;

/// <summary>
/// A section a feature adds to another feature's detail page for a relation it owns (an organisation's networks belong to
/// networks), so the page the relation points from does not know the feature that owns it. Every implementation in the
/// assembly is registered; a page shows its sections in the order of their classes' full names.
/// </summary>
public interface IRelatedSection<in TRecord>
{
    /// <summary>The section for this record, with the relation's first <paramref name="relations"/> page (as many as a page may hold, like the page's own relations); null when there is nothing to show.</summary>
    Task<RenderFragment<PageContext>?> ReadAsync(TRecord record, OpenDataDbContext db, ListRequest relations, Language language, CancellationToken cancellationToken);
}

public static class RelatedSections
{
    /// <summary>Every section other features add to this record's page, read one after the other on the request's database.</summary>
    public static async Task<IReadOnlyList<RenderFragment<PageContext>>> ReadAsync<TRecord>(IEnumerable<IRelatedSection<TRecord>> sections, TRecord record,
        HttpContext http, OpenDataDbContext db, IOptions<PagingLimits> limits)
    {
        var relations = PagesEndpoints.RelationsOf(limits);
        var read = new List<RenderFragment<PageContext>>();
        foreach (var section in sections)
        {
            if (await section.ReadAsync(record, db, relations, http.Language(), http.RequestAborted) is { } fragment)
            {
                read.Add(fragment);
            }
        }
        return read;
    }

    /// <summary>A component that shows a relation: it is given the page and the items.</summary>
    public static RenderFragment<PageContext>? Showing<TComponent, TItem>(IReadOnlyList<TItem> items) where TComponent : IComponent =>
        items.Count == 0 ? null : page => builder =>
        {
            builder.OpenComponent<TComponent>(0);
            builder.AddAttribute(1, "Page", page);
            builder.AddAttribute(2, "Items", items);
            builder.CloseComponent();
        };
}
