using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// What an upload's rows may refer to: the dataset's indicators and dimensions, the areas and the sources. A store reads them inside its write
/// transaction (<see cref="LoadAsync"/>), so that no other writer can change them before the rows checked against them are committed.
/// Also numbers each observation's key (indicator, area, period, sex and the dataset's own dimensions) as one 128-bit number, so
/// that a million keys compare and hash cheaply,
/// and hands out one shared string per code (<see cref="Shared(string)"/>).
/// </summary>
/// <remarks>
/// Numbering a key or sharing a code records new periods, so <see cref="KeyOf(string, string, string, Sex, string?[])"/> and <see cref="Shared(string)"/> may be called by one
/// thread at a time: the store while it begins, the validator after that.
/// </remarks>
public sealed class ObservationReferences(IReadOnlyList<string> indicators, IReadOnlyList<ObservationReferences.Dimension> dimensions,
    IReadOnlyList<string> areas, IEnumerable<string> sources)
{
    /// <summary>One of the dataset's own dimensions: its code and its codes, in its order.</summary>
    public sealed record Dimension(string Code, IReadOnlyList<string> Codes);

    private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes = new([.. indicators, .. areas, .. sources, .. dimensions.SelectMany(d => d.Codes)], StringComparer.Ordinal);

    /// <summary>The dataset's own dimensions in their order; each code is numbered from 1 (0 is the empty code of a dimension the dataset lacks).</summary>
    public IReadOnlyList<Dimension> Dimensions { get; } = dimensions;

    private readonly Dictionary<string, int>[] _dimensionCodes = [.. dimensions.Select(d => d.Codes.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i + 1, StringComparer.Ordinal))];

    /// <summary>The dataset's indicator codes, in the dataset's order.</summary>
    public Dictionary<string, int> Indicators { get; } = indicators.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);

    /// <summary>Every area code.</summary>
    public Dictionary<string, int> Areas { get; } = areas.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);

    /// <summary>Every source id.</summary>
    public HashSet<string> Sources { get; } = sources.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The dataset's indicators and dimensions, the areas and the sources as stored, read on the context's connection (and so in
    /// its transaction).
    /// </summary>
    public static async Task<ObservationReferences> LoadAsync(OpenDataDbContext db, string datasetId, IReadOnlyList<string> indicators,
        CancellationToken cancellationToken) =>
        new(indicators,
            await db.Set<DatasetDimension>().Where(d => d.DatasetId == datasetId).OrderBy(d => d.Position)
                .Select(d => new Dimension(d.Code, d.Codes.OrderBy(c => c.Position).Select(c => c.Code).ToList())).ToListAsync(cancellationToken),
            await db.Areas.Select(a => a.Code).ToListAsync(cancellationToken),
            await db.Sources.Select(s => s.Id).ToListAsync(cancellationToken));

    /// <summary>
    /// The key's number; null when the indicator, the area or a dimension's code is not among the references (a dimension the
    /// dataset lacks takes only the empty code).
    /// </summary>
    public UInt128? KeyOf(string indicator, string area, string period, Sex sex, string?[] dimensions) =>
        KeyOf(indicator.AsSpan(), area, period, sex, dimensions.ElementAtOrDefault(0), dimensions.ElementAtOrDefault(1),
            dimensions.ElementAtOrDefault(2), dimensions.ElementAtOrDefault(3));

    /// <summary>The same for a key read as text that is not a string yet (a stored row's columns), without making strings of it.</summary>
    public UInt128? KeyOf(ReadOnlySpan<char> indicator, ReadOnlySpan<char> area, ReadOnlySpan<char> period, Sex sex,
        ReadOnlySpan<char> dimension1, ReadOnlySpan<char> dimension2, ReadOnlySpan<char> dimension3, ReadOnlySpan<char> dimension4)
    {
        if (!Indicators.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(indicator, out var i)
            || !Areas.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(area, out var a)
            || DimensionNumber(0, dimension1) is not { } d1 || DimensionNumber(1, dimension2) is not { } d2
            || DimensionNumber(2, dimension3) is not { } d3 || DimensionNumber(3, dimension4) is not { } d4)
        {
            return null;
        }
        if (!_periods.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(period, out var p))
        {
            p = _periods.Count;
            _periods[period.ToString()] = p;
        }
        var figure = ((ulong)(uint)i << 48) | ((ulong)(uint)a << 32) | ((ulong)(uint)p << 8) | (ulong)sex;
        var ownDimensions = ((ulong)(uint)d1 << 48) | ((ulong)(uint)d2 << 32) | ((ulong)(uint)d3 << 16) | (uint)d4;
        return new UInt128(ownDimensions, figure);
    }

    /// <summary>A code's number in the dimension at <paramref name="index"/>: 0 for the empty code of a dimension the dataset lacks.</summary>
    private int? DimensionNumber(int index, ReadOnlySpan<char> code)
    {
        if (index >= _dimensionCodes.Length)
        {
            return code.IsEmpty ? 0 : null;
        }
        return _dimensionCodes[index].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var number) ? number : null;
    }

    /// <summary>Whether <paramref name="code"/> is a code of the dimension at <paramref name="index"/>.</summary>
    public bool IsCodeOf(int index, string code) => _dimensionCodes[index].ContainsKey(code);

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
