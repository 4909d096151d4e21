using System.Text.Json;
using AllianceBot.Bot.Protocol.Authentication;
using AllianceBot.Bot.Protocol.Connector;

namespace AllianceBot.Bot.Protocol;

/// <summary>
/// <c>/api/messages</c> for both hosts: reads and checks the activity (400/413), authenticates it (401), hands it to the
/// <see cref="IActivityHandler"/>, and answers 200 — or, for <c>invoke</c>, the handler's status and body (501 when it
/// has none), or for <c>expectReplies</c> the buffered replies. <c>HEAD</c> answers 200 (the Playground probes it).
/// </summary>
public sealed class MessagesEndpoint(
    BotAuthenticator authenticator,
    IActivityHandler handler,
    IConnectorClient connector,
    TrustedServiceUrls trusted,
    ILogger<MessagesEndpoint> logger)
{
    public const string Path = "/api/messages";

    /// <summary>The largest activity accepted (256 KB); Teams itself caps messages near 100 KB.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "POST, HEAD";
            await RejectAsync(context, StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Only POST is accepted.");
            return;
        }

        var (activity, status, error) = await ReadActivityAsync(request, context.RequestAborted);
        if (activity is null)
        {
            await RejectAsync(context, status, status == StatusCodes.Status413PayloadTooLarge ? "PayloadTooLarge" : "BadRequest", error!);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization, activity, context.RequestAborted);
        if (!auth.Succeeded)
        {
            Log.Unauthorized(logger, activity.ChannelId, auth.Failure!);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", auth.Failure!);
            return;
        }

        if (auth.HasToken)
        {
            trusted.Trust(activity.ServiceUrl!);
        }

        await RunTurnAsync(context, activity);
    }

    private async Task RunTurnAsync(HttpContext context, Activity activity)
    {
        var turn = new TurnContext(activity, connector);
        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await handler.OnTurnAsync(turn, context.RequestAborted);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, activity.Type, activity.ChannelId, e);
            await RejectAsync(context, StatusCodes.Status500InternalServerError, "HandlerFailed", "The bot failed to handle the activity.");
            return;
        }

        var response = context.Response;
        if (activity.IsType(ActivityTypes.Invoke))
        {
            response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status501NotImplemented;
            if (invokeResponse?.Body is { } body)
            {
                await WriteJsonAsync(response, body, context.RequestAborted);
            }
        }
        else if (turn.ExpectsReplies)
        {
            response.StatusCode = StatusCodes.Status200OK;
            await WriteJsonAsync(response, new ExpectedReplies(turn.TakeReplies()), context.RequestAborted);
        }
        else
        {
            response.StatusCode = StatusCodes.Status200OK;
        }

        Log.Handled(logger, activity.Type, activity.ChannelId, response.StatusCode);
    }

    private static async Task<(Activity? Activity, int Status, string? Error)> ReadActivityAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {MaxBodyBytes} bytes.");
        }

        using var body = await PooledBody.ReadAsync(request.Body, request.ContentLength, MaxBodyBytes, ct);
        if (body.Length > MaxBodyBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {MaxBodyBytes} bytes.");
        }

        var (activity, error) = Parse(body.Span);
        return (activity, StatusCodes.Status400BadRequest, error);
    }

    internal static (Activity? Activity, string? Error) Parse(ReadOnlySpan<byte> json)
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

    private async Task RejectAsync(HttpContext context, int status, string code, string message)
    {
        if (status != StatusCodes.Status500InternalServerError)
        {
            Log.BadRequest(logger, status, message);
        }

        context.Response.StatusCode = status;
        await WriteJsonAsync(context.Response, new ErrorBody(new ErrorDetail(code, message)), context.RequestAborted);
    }

    private static async Task WriteJsonAsync<T>(HttpResponse response, T value, CancellationToken ct)
    {
        response.ContentType = "application/json; charset=utf-8";
        await response.Body.WriteAsync(ActivityJson.SerializeToUtf8Bytes(value), ct);
    }
}
