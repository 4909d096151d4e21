using System.Text.Json;
using AllianceBot.Facts.Ingestion;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Api;

/// <summary>
/// Reads the body of <c>POST /api/articles</c>: JSON <c>{url, title, publisher, published, text}</c> or <c>{url, html}</c>,
/// at most <see cref="MaxBytes"/>. Gives the article, or the 400/413 answer naming what was wrong.
/// </summary>
public static class ArticleRequestReader
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static async Task<(Article? Article, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        var body = await ReadBodyAsync(request.Body, ct);
        if (body is null)
        {
            return (null, TooLarge());
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            return (null, Bad($"The body is not valid JSON: {e.Message}"));
        }
    }

    private static (Article? Article, IResult? Error) Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, Bad("The body must be a JSON object with url and text (or html)."));
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }

        foreach (var name in new[] { "url", "title", "publisher", "published", "text", "html" })
        {
            if (fields.TryGetValue(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return (null, Bad($"{name} must be a string."));
            }
        }

        return Build(fields);
    }

    private static (Article? Article, IResult? Error) Build(Dictionary<string, JsonElement> fields)
    {
        var url = Text(fields, "url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (null, Bad("url is required and must be an absolute http or https URL."));
        }

        DateOnly? published = null;
        if (Text(fields, "published") is { } day)
        {
            published = HtmlArticleReader.TryParseDate(day, out var date) ? date : null;
            if (published is null)
            {
                return (null, Bad("published must be a date (yyyy-MM-dd or an ISO 8601 date-time)."));
            }
        }

        var article = Text(fields, "text") is { } text
            ? new Article(url, null, null, null, text)
            : Text(fields, "html") is { } html ? HtmlArticleReader.Read(url, html) : null;
        if (article is null)
        {
            return (null, Bad("text (or html) is required."));
        }

        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return (null, Bad("html holds no article text (no paragraphs)."));
        }

        return (article with
        {
            Title = Text(fields, "title") ?? article.Title,
            Publisher = Text(fields, "publisher") ?? article.Publisher,
            Published = published ?? article.Published,
        }, null);
    }

    private static string? Text(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>The body, or null when it is longer than <see cref="MaxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Bad(string message) => ApiResults.Error(StatusCodes.Status400BadRequest, message);

    private static IResult TooLarge() =>
        ApiResults.Error(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBytes / (1024 * 1024)} MB.");
}
