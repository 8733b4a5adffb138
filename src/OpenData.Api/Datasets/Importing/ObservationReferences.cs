using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// What an upload's rows may refer to: the dataset's indicators, the areas and the sources. A store reads them inside its write
/// transaction (<see cref="LoadAsync"/>), so that no other writer can change them before the rows checked against them are committed.
/// Also numbers each observation's key (indicator, area, period, sex) as one long, so that a million keys compare and hash cheaply,
/// and hands out one shared string per code (<see cref="Shared(string)"/>).
/// </summary>
/// <remarks>
/// Numbering a key or sharing a code records new periods, so <see cref="KeyOf(string, string, string, Sex)"/> and <see cref="Shared(string)"/> may be called by one
/// thread at a time: the store while it begins, the validator after that.
/// </remarks>
public sealed class ObservationReferences(IReadOnlyList<string> indicators, IReadOnlyList<string> areas, IEnumerable<string> sources)
{
    private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes = new([.. indicators, .. areas, .. sources], StringComparer.Ordinal);

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
    public long? KeyOf(string indicator, string area, string period, Sex sex) => KeyOf(indicator.AsSpan(), area, period, sex);

    /// <summary>The same for a key read as text that is not a string yet (a stored row's columns), without making strings of it.</summary>
    public long? KeyOf(ReadOnlySpan<char> indicator, ReadOnlySpan<char> area, ReadOnlySpan<char> period, Sex sex)
    {
        if (!Indicators.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(indicator, out var i)
            || !Areas.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(area, out var a))
        {
            return null;
        }
        if (!_periods.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(period, out var p))
        {
            p = _periods.Count;
            _periods[period.ToString()] = p;
        }
        return ((long)i << 48) | ((long)a << 32) | ((long)p << 8) | (long)sex;
    }

    /// <summary>
    /// The references' own instance of a code (indicator, area, source or period; a new period is added): a million rows then
    /// share a few hundred strings, and a store can keep work it does per code (its encoding) by reference.
    /// </summary>
    public string Shared(string code)
    {
        if (!_codes.TryGetValue(code, out var shared))
        {
            _codes.Add(code);
            shared = code;
        }
        return shared;
    }

    /// <inheritdoc cref="Shared(string)"/>
    public string Shared(ReadOnlySpan<char> code)
    {
        if (!_codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var shared))
        {
            shared = code.ToString();
            _codes.Add(shared);
        }
        return shared;
    }
}
