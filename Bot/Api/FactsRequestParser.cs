using System.Globalization;
using AllianceBot.Facts.Ingestion;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;

namespace AllianceBot.Bot.Api;

/// <summary>
/// Parses <c>GET /api/facts?kind=&amp;country=&amp;speaker=&amp;source=&amp;since=&amp;until=&amp;ingestedSince=&amp;q=&amp;top=&amp;continuationToken=</c>;
/// a bad value gives a 400 naming the parameter.
/// </summary>
public static class FactsRequestParser
{
    public const int DefaultTop = 50;

    public static (FactsRequest? Request, IResult? Error) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        FactKind? kind = null;
        if (Value(query, "kind") is { } kindText)
        {
            if (!EnumNames.TryParse<FactKind>(kindText, out var parsed))
            {
                return Bad($"kind must be one of {string.Join(", ", Enum.GetValues<FactKind>().Select(EnumNames.Of))}.");
            }

            kind = parsed;
        }

        if (!TryDay(query, "since", out var since) || !TryDay(query, "until", out var until))
        {
            return Bad($"{(TryDay(query, "since", out _) ? "until" : "since")} must be a date (yyyy-MM-dd).");
        }

        if (since > until)
        {
            return Bad("since must not be after until.");
        }

        return ParseRest(query, new FactQuery
        {
            Kind = kind, Since = since, Until = until,
            Country = Value(query, "country"), Speaker = Value(query, "speaker"), SourceUrl = Value(query, "source"),
        });
    }

    private static (FactsRequest? Request, IResult? Error) ParseRest(IQueryCollection query, FactQuery parsed)
    {
        var top = DefaultTop;
        if (Value(query, "top") is { } topText
            && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > 1000))
        {
            return Bad("top must be a whole number from 1 to 1000.");
        }

        DateTimeOffset? ingestedSince = null;
        if (Value(query, "ingestedSince") is { } instant)
        {
            if (!DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return Bad("ingestedSince must be an ISO 8601 date-time.");
            }

            ingestedSince = at;
        }

        var words = (Value(query, "q") ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', ',', '.', '?', '!', ';', ':'))
            .Where(w => w.Length > 0)
            .ToList();
        return (new FactsRequest(parsed with { Top = top, IngestedSince = ingestedSince }, words, Value(query, "continuationToken")), null);
    }

    private static bool TryDay(IQueryCollection query, string name, out DateOnly? day)
    {
        day = null;
        if (Value(query, name) is not { } text)
        {
            return true;
        }

        if (!HtmlArticleReader.TryParseDate(text, out var parsed) || text.Length != 10)
        {
            return false;
        }

        day = parsed;
        return true;
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

    private static (FactsRequest?, IResult?) Bad(string message) => (null, ApiResults.Error(StatusCodes.Status400BadRequest, message));
}
