using System.Net;
using System.Net.Http.Headers;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>
/// Adds the bot's token to each connector request (each retry attempt) whose URL is trusted; never to any other host.
/// A 401 answer gets one retry with a freshly acquired token (the cached one may have been revoked or rotated).
/// </summary>
public sealed class ConnectorAuthorizationHandler(BotTokenProvider tokens, TrustedServiceUrls trusted) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!tokens.IsEnabled || request.RequestUri is not { } uri || !trusted.IsTrusted(uri)
            || await tokens.GetTokenAsync(cancellationToken) is not { } token)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
