using System.Globalization;

namespace OpenData.Api.Pages;

/// <summary>Amounts as a Swedish or English reader writes them.</summary>
public static class Money
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(long amount, string? currency, PageContext page) =>
        $"{amount.ToString("N0", page.English ? English : Swedish)} {currency ?? "SEK"}";

    public static string Number(double value, PageContext page) => value.ToString("#,0.##", page.English ? English : Swedish);
}
