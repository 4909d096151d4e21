using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// Turns free text (a country, a speaker, a URL) into a table key: trimmed, whitespace collapsed, lower case, and
/// with the characters Azure Tables forbids in keys (<c>/ \ # ?</c>, control characters) and <c>%</c> percent-escaped.
/// Values longer than 200 characters keep a prefix and a hash, so keys stay short and still unique.
/// </summary>
internal static class KeyText
{
    private const int MaxLength = 200;

    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join(' ', words).ToLowerInvariant();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        var key = builder.ToString();
        return key.Length <= MaxLength ? key : key[..MaxLength] + "~" + Hash(key, 16);
    }

    /// <summary>Lower-case hex of the SHA-256 of <paramref name="value"/>, cut to <paramref name="length"/> characters.</summary>
    public static string Hash(string value, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..length];
}
