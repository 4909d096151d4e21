using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Ingestion;

/// <summary>
/// The sample article format: header lines <c>Url: …</c>, <c>Title: …</c>, <c>Publisher: …</c>, <c>Published: yyyy-MM-dd</c>,
/// a line <c>---</c>, then the body text.
/// </summary>
public static class SampleArticleFile
{
    /// <exception cref="FormatException">The text lacks the <c>---</c> line or a <c>Url:</c> header, or has a bad date.</exception>
    public static Article Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var separator = Array.FindIndex(lines, l => l.Trim() == "---");
        if (separator < 0)
        {
            throw new FormatException("A sample article needs a line '---' between its headers and its text.");
        }

        var headers = lines[..separator]
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var url = headers.GetValueOrDefault("Url") is { Length: > 0 } u ? u : throw new FormatException("A sample article needs a 'Url:' header.");
        DateOnly? published = null;
        if (headers.GetValueOrDefault("Published") is { Length: > 0 } day)
        {
            published = HtmlArticleReader.TryParseDate(day, out var date) ? date : throw new FormatException($"'Published: {day}' is not a date (yyyy-MM-dd).");
        }

        var body = string.Join('\n', lines[(separator + 1)..]).Trim();
        return new Article(url, headers.GetValueOrDefault("Title"), headers.GetValueOrDefault("Publisher"), published, body);
    }
}
