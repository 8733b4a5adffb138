namespace OpenData.Api.Text;

public static class Excerpt
{
    /// <summary>Echoes a bad value back without flooding the error message.</summary>
    public static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}
