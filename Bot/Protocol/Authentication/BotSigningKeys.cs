using System.Collections;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// The signing keys of the channel service and of Entra (Emulator), from their OpenID metadata: fetched once, cached by
/// <see cref="ConfigurationManager{T}"/> (refreshed daily, or on request when a token names an unknown key).
/// </summary>
public sealed class BotSigningKeys(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "AllianceBot.OpenIdMetadata";

    private ConfigurationManager<OpenIdConnectConfiguration>? channel;
    private ConfigurationManager<OpenIdConnectConfiguration>? emulator;

    public ConfigurationManager<OpenIdConnectConfiguration> Channel =>
        LazyInitializer.EnsureInitialized(ref channel, () => Create(options.Value.ChannelOpenIdMetadataUrl));

    public ConfigurationManager<OpenIdConnectConfiguration> Emulator =>
        LazyInitializer.EnsureInitialized(ref emulator, () => Create(options.Value.EmulatorOpenIdMetadataUrl));

    /// <summary>The channel ids the key <paramref name="keyId"/> is endorsed for (the JWKS <c>endorsements</c> array); empty when none.</summary>
    public static IReadOnlyCollection<string> Endorsements(OpenIdConnectConfiguration configuration, string? keyId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
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

    private ConfigurationManager<OpenIdConnectConfiguration> Create(Uri metadata)
    {
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            RequireHttps = metadata.Scheme == Uri.UriSchemeHttps,
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadata.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
    }
}
