using AllianceBot.Testing;

namespace AllianceBot.IntegrationTests.Protocol;

/// <summary>
/// A Bot host with authentication on (an app id is set: single-tenant identity), trusting a loopback issuer, replying to a
/// loopback connector. Development environment: authentication depends on the app id, not on the environment.
/// </summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public const string AppId = "7f3c2a10-0000-4000-8000-00000000b07";
    public const string TenantId = "5a1e0c55-0000-4000-8000-0000000000aa";

    public LoopbackIssuer Issuer { get; private set; } = null!;

    public LoopbackConnector Connector { get; private set; } = null!;

    public BotHost Host { get; private set; } = null!;

    public LoopbackTokenCredential Credential { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Issuer = await LoopbackIssuer.StartAsync();
        Connector = await LoopbackConnector.StartAsync();
        Host = await BotHost.StartAsync(Issuer.Settings(AppId, TenantId), services => Credential = Issuer.AddConnectorCredential(services));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
