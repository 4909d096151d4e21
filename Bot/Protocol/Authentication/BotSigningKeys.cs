using System.Collections;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// The signing keys of the channel service and of Entra (Emulator), from their OpenID metadata, each in an
/// <see cref="OpenIdMetadataCache"/> (refreshed daily, or when a token names an unknown key).
/// </summary>
public sealed class BotSigningKeys(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClients, TimeProvider time) : IDisposable
{
    public const string HttpClientName = "AllianceBot.OpenIdMetadata";

    private OpenIdMetadataCache? channel;
    private OpenIdMetadataCache? emulator;

    public OpenIdMetadataCache Channel =>
        LazyInitializer.EnsureInitialized(ref channel, () => Create(options.Value.ChannelOpenIdMetadataUrl));

    public OpenIdMetadataCache Emulator =>
        LazyInitializer.EnsureInitialized(ref emulator, () => Create(options.Value.EmulatorOpenIdMetadataUrl));

    /// <summary>
    /// The channel ids the key <paramref name="keyId"/> is endorsed for (the JWKS <c>endorsements</c> array); empty when
    /// it has none; null when the key is not (or no longer) published.
    /// </summary>
    public static IReadOnlyCollection<string>? Endorsements(OpenIdConnectConfiguration configuration, string? keyId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null)
        {
            return null;
        }

        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            string one => [one],
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            IEnumerable many => many.OfType<object>().Select(o => o.ToString() ?? string.Empty).ToList(),
            _ => [],
        };
    }

    public void Dispose()
    {
        channel?.Dispose();
        emulator?.Dispose();
    }

    private OpenIdMetadataCache Create(Uri metadata)
    {
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            RequireHttps = metadata.Scheme == Uri.UriSchemeHttps,
        };
        return new OpenIdMetadataCache(metadata, retriever, time);
    }
}
