using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// What an upload's rows may refer to: the dataset's indicators, the areas and the sources. A store reads them inside its write
/// transaction (<see cref="LoadAsync"/>), so that no other writer can change them before the rows checked against them are committed.
/// Also numbers each observation's key (indicator, area, period, sex) as one long, so that a million keys compare and hash cheaply.
/// </summary>
/// <remarks>
/// Numbering a key records its period, so <see cref="KeyOf"/> may be called by one thread at a time: the store while it
/// begins, the validator after that.
/// </remarks>
public sealed class ObservationReferences(IReadOnlyList<string> indicators, IReadOnlyList<string> areas, IEnumerable<string> sources)
{
    private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);

    /// <summary>The dataset's indicator codes, in the dataset's order.</summary>
    public Dictionary<string, int> Indicators { get; } = indicators.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);

    /// <summary>Every area code.</summary>
    public Dictionary<string, int> Areas { get; } = areas.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);

    /// <summary>Every source id.</summary>
    public HashSet<string> Sources { get; } = sources.ToHashSet(StringComparer.Ordinal);

    /// <summary>The areas and sources as stored, with the dataset's indicators, read on the context's connection (and so in its transaction).</summary>
    public static async Task<ObservationReferences> LoadAsync(OpenDataDbContext db, IReadOnlyList<string> indicators, CancellationToken cancellationToken) =>
        new(indicators,
            await db.Areas.Select(a => a.Code).ToListAsync(cancellationToken),
            await db.Sources.Select(s => s.Id).ToListAsync(cancellationToken));

    /// <summary>The key's number; null when the indicator or the area is not among the references.</summary>
    public long? KeyOf(string indicator, string area, string period, Sex sex)
    {
        if (!Indicators.TryGetValue(indicator, out var i) || !Areas.TryGetValue(area, out var a))
        {
            return null;
        }
        if (!_periods.TryGetValue(period, out var p))
        {
            p = _periods.Count;
            _periods[period] = p;
        }
        return ((long)i << 48) | ((long)a << 32) | ((long)p << 8) | (long)sex;
    }
}
