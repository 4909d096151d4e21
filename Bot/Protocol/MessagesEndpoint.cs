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
        if (!await AcceptMethodAsync(context))
        {
            return;
        }

        var (activity, status, error) = await ActivityReader.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted);
        if (activity is null)
        {
            await RejectAsync(context, status, status == StatusCodes.Status413PayloadTooLarge ? "PayloadTooLarge" : "BadRequest", error!);
            return;
        }

        if (await AuthenticateAsync(context, activity))
        {
            await RunTurnAsync(context, activity);
        }
    }

    // HEAD answers 200 (the Playground's start-up probe); anything but POST gets 405.
    private async Task<bool> AcceptMethodAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPost(method))
        {
            return true;
        }

        if (HttpMethods.IsHead(method))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return false;
        }

        context.Response.Headers.Allow = "POST, HEAD";
        await RejectAsync(context, StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Only POST is accepted.");
        return false;
    }

    private async Task<bool> AuthenticateAsync(HttpContext context, Activity activity)
    {
        var auth = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity, context.RequestAborted);
        if (!auth.Succeeded)
        {
            Log.Unauthorized(logger, activity.ChannelId, auth.Failure!);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", auth.Failure!);
            return false;
        }

        if (auth.HasToken)
        {
            trusted.Trust(activity.ServiceUrl!); // Replies and proactive sends may carry the bot's token there.
        }

        return true;
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

        await WriteTurnResponseAsync(context, turn, invokeResponse);
        Log.Handled(logger, activity.Type, activity.ChannelId, context.Response.StatusCode);
    }

    // Invoke: the handler's status and body (501 without one). expectReplies: the buffered replies. Otherwise 200.
    private static async Task WriteTurnResponseAsync(HttpContext context, TurnContext turn, InvokeResponse? invokeResponse)
    {
        var response = context.Response;
        if (turn.Activity.IsType(ActivityTypes.Invoke))
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
