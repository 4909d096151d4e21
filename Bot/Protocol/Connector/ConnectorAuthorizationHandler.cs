using System.Net.Http.Headers;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>Adds the bot's token to each connector request (each retry attempt) whose URL is trusted; never to any other host.</summary>
public sealed class ConnectorAuthorizationHandler(BotTokenProvider tokens, TrustedServiceUrls trusted) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (tokens.IsEnabled && request.RequestUri is { } uri && trusted.IsTrusted(uri)
            && await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
