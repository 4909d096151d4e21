using System.Globalization;
using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Reads an article stored as text: optional header lines (<c>Url:</c>, <c>Title:</c>, <c>Publisher:</c>,
/// <c>Published: yyyy-MM-dd</c>), a line <c>---</c>, then the body. Without the <c>---</c> line the whole text is the body.
/// </summary>
public static class ArticleFile
{
    private const string Separator = "\n---\n";

    /// <summary>Parses <paramref name="content"/>; <paramref name="fallbackUrl"/> and <paramref name="published"/> fill what the header lacks.</summary>
    public static Article Parse(string content, string fallbackUrl, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.StartsWith("---\n", StringComparison.Ordinal) ? 0 : text.IndexOf(Separator, StringComparison.Ordinal);
        if (split < 0)
        {
            return new Article(fallbackUrl, null, null, published, text);
        }

        var header = Header(text[..split]);
        var body = text[(split + (split == 0 ? 4 : Separator.Length))..];
        var date = header.TryGetValue("published", out var p) && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : published;
        return new Article(header.GetValueOrDefault("url", fallbackUrl), header.GetValueOrDefault("title"),
            header.GetValueOrDefault("publisher"), published ?? date, body);
    }

    /// <summary>Reads and parses the file at <paramref name="path"/>; its URL defaults to the file's URI.</summary>
    public static async Task<Article> ReadAsync(string path, DateOnly? published = null, CancellationToken ct = default)
    {
        var content = await File.ReadAllTextAsync(path, ct);
        return Parse(content, new Uri(Path.GetFullPath(path)).AbsoluteUri, published);
    }

    private static Dictionary<string, string> Header(string header)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in header.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return fields;
    }
}
