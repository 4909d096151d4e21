using System.Text.Json;

namespace AllianceBot.Bot.Protocol;

/// <summary>Reads an inbound activity from a request body: bounded in size, parsed, and checked for the fields the protocol needs.</summary>
internal static class ActivityReader
{
    /// <summary>The activity, or null with the status (400/413) and a message naming what is wrong.</summary>
    public static async Task<(Activity? Activity, int Status, string? Error)> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBodyBytes} bytes.");
        }

        using var body = await PooledBody.ReadAsync(request.Body, request.ContentLength, maxBodyBytes, ct);
        if (body.Length > maxBodyBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBodyBytes} bytes.");
        }

        var (activity, error) = Parse(body.Span);
        return (activity, StatusCodes.Status400BadRequest, error);
    }

    /// <summary>Parses and checks the fields every activity needs: <c>type</c>, an absolute http(s) <c>serviceUrl</c>, <c>conversation.id</c>.</summary>
    public static (Activity? Activity, string? Error) Parse(ReadOnlySpan<byte> json)
    {
        Activity? activity;
        try
        {
            activity = ActivityJson.Deserialize(json);
        }
        catch (JsonException e)
        {
            return (null, "Malformed JSON: " + e.Message);
        }

        return activity switch
        {
            null => (null, "The body is not an activity object."),
            { Type: null or "" } => (null, "The activity has no 'type'."),
            { ServiceUrl: null or "" } => (null, "The activity has no 'serviceUrl'."),
            _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) =>
                (null, "The activity's 'serviceUrl' is not an absolute http(s) URL."),
            { Conversation.Id: null or "" } or { Conversation: null } => (null, "The activity has no 'conversation.id'."),
            _ => (activity, null),
        };
    }
}
