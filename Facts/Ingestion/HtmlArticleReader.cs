using System.Globalization;
using AllianceBot.Facts.Model;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AllianceBot.Facts.Ingestion;

/// <summary>
/// Reads a news page's HTML into an <see cref="Article"/> with AngleSharp: title (<c>og:title</c>, the article's
/// <c>h1</c>, <c>&lt;title&gt;</c>), publisher (<c>og:site_name</c>), publication date (<c>article:published_time</c>,
/// a <c>time</c> element's <c>datetime</c>) and the body paragraphs (of <c>&lt;article&gt;</c> when there is one), one
/// paragraph a line pair, leaving out navigation, headers, footers, asides, figures, scripts and styles.
/// </summary>
public static class HtmlArticleReader
{
    private const string Chrome = "nav, header, footer, aside, figure, script, style, noscript, form";

    public static Article Read(string url, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var root = (IElement?)document.QuerySelector("article") ?? document.Body;
        return new Article(url, Title(document, root), Meta(document, "og:site_name"), Published(document), Body(root));
    }

    private static string? Title(IDocument document, IElement? root) =>
        Clean(Meta(document, "og:title"))
        ?? Clean(root?.QuerySelector("h1")?.TextContent)
        ?? Clean(document.Title);

    private static string? Meta(IDocument document, string property) =>
        Clean(document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
            ?? document.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    private static DateOnly? Published(IDocument document)
    {
        var candidates = new[]
        {
            Meta(document, "article:published_time"),
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Meta(document, "date"),
        };
        foreach (var text in candidates)
        {
            if (TryParseDate(text, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Reads <c>yyyy-MM-dd</c> or an ISO 8601 date-time (the date as written, offset ignored).</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            date = DateOnly.FromDateTime(instant.DateTime);
            return true;
        }

        return false;
    }

    private static string Body(IElement? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var paragraphs = root.QuerySelectorAll("p")
            .Where(p => p.Closest(Chrome) is null)
            .Select(p => Clean(p.TextContent))
            .OfType<string>();
        return string.Join("\n\n", paragraphs);
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
