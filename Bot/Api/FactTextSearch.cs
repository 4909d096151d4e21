using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;

namespace AllianceBot.Bot.Api;

/// <summary>
/// The <c>q</c> of <c>GET /api/facts</c>: keeps the filtered candidates whose summary, quote or evidence hold every word
/// (ignoring case and accents). Reads candidates in pages of <see cref="CandidatePage"/>, at most <see cref="MaxPages"/>
/// pages a call; its continuation token is the table's token plus how many of that page were already looked at.
/// </summary>
public sealed class FactTextSearch(FactTable table)
{
    public const int CandidatePage = 250;
    public const int MaxPages = 20;

    public async Task<FactPage> SearchAsync(FactQuery query, IReadOnlyList<string> words, string? continuationToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (token, skip) = Decode(continuationToken);
        var found = new List<Fact>(query.Top);
        for (var pages = 0; pages < MaxPages; pages++, skip = 0)
        {
            var page = await table.QueryFactsAsync(query with { Top = CandidatePage }, token, ct);
            for (var i = skip; i < page.Facts.Count; i++)
            {
                if (!Matches(page.Facts[i], words))
                {
                    continue;
                }

                found.Add(page.Facts[i]);
                if (found.Count == query.Top)
                {
                    var next = i + 1 < page.Facts.Count ? Encode(token, i + 1) : page.ContinuationToken is { } t ? Encode(t, 0) : null;
                    return new FactPage(found, next);
                }
            }

            if (page.ContinuationToken is null)
            {
                return new FactPage(found, null);
            }

            token = page.ContinuationToken;
        }

        return new FactPage(found, Encode(token, 0));
    }

    public static bool Matches(Fact fact, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(words);
        var text = string.Join('\n', fact.Summary, fact.Quote, fact.Evidence);
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        return words.All(w => compare.IndexOf(text, w, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);
    }

    private static string Encode(string? token, int skip) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new SearchToken(token, skip)));

    private static (string? Token, int Skip) Decode(string? continuationToken)
    {
        if (string.IsNullOrEmpty(continuationToken))
        {
            return (null, 0);
        }

        try
        {
            var token = JsonSerializer.Deserialize<SearchToken>(Base64Url.DecodeFromChars(continuationToken));
            return token is { S: >= 0 and < CandidatePage } ? (token.T, token.S) : throw new FormatException("The continuation token is not valid.");
        }
        catch (JsonException e)
        {
            throw new FormatException("The continuation token is not valid.", e);
        }
    }

    private sealed record SearchToken(string? T, int S);
}
