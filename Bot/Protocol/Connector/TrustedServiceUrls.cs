using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>
/// The service URLs the bot's token may be sent to: those that arrived on authenticated activities (remembered in
/// memory by scheme, host and port) and https URLs on the configured trusted hosts. Any other host gets no token.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<ConnectorOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> remembered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Remembers the service URL of an authenticated activity.</summary>
    public void Trust(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            remembered.TryAdd(uri.GetLeftPart(UriPartial.Authority), 0);
        }
    }

    public bool IsTrusted(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (remembered.ContainsKey(uri.GetLeftPart(UriPartial.Authority)))
        {
            return true;
        }

        IEnumerable<string> hosts = options.Value.TrustedServiceUrlHosts is { Count: > 0 } configured ? configured : ConnectorOptions.DefaultTrustedHosts;
        return uri.Scheme == Uri.UriSchemeHttps && hosts.Any(pattern => Matches(uri.IdnHost, pattern));
    }

    private static bool Matches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
}
