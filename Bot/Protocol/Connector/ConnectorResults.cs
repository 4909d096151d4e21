using System.Net;
using System.Text.Json;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>Maps a connector HTTP response (after retries) to a <see cref="SendResult"/>; reads error bodies defensively.</summary>
internal static class ConnectorResults
{
    public static SendResult From(HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        return response.StatusCode switch
        {
            _ when response.IsSuccessStatusCode => new SendResult.Sent(ReadString(body, "id")),
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new SendResult.ConversationGone(status, ErrorCode(body)),
            HttpStatusCode.TooManyRequests => new SendResult.Throttled(RetryAfter(response)),
            _ => new SendResult.Failed(status, ErrorMessage(body) ?? response.ReasonPhrase),
        };
    }

    /// <summary>The wait a 429/503 asks for (<c>Retry-After</c> as seconds or a date); null when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        return header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
    }

    private static string? ErrorCode(byte[] body) =>
        ReadError(body, "code") ?? ReadString(body, "errorCode") ?? ReadString(body, "code");

    private static string? ErrorMessage(byte[] body) => ReadError(body, "message") ?? ReadString(body, "message");

    private static string? ReadError(byte[] body, string name)
    {
        using var document = Parse(body);
        return document is not null
            && document.RootElement.TryGetProperty("error", out var error)
            && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty(name, out var value)
            ? value.ToString()
            : null;
    }

    private static string? ReadString(byte[] body, string name)
    {
        using var document = Parse(body);
        return document is not null && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ToString()
            : null;
    }

    private static JsonDocument? Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
