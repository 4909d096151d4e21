using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Protocol.Connector;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Protocol.Connector;

/// <summary>With an app id, the bot's token goes only to trusted service URLs.</summary>
public sealed class ConnectorTokenTests
{
    private const string AppId = "c0ffee00-0000-4000-8000-000000000001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_UntrustedServiceUrl_SendsNothing()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAsync(issuer.Settings(AppId), s => issuer.AddConnectorCredential(s));
        var reference = Reference(connector);

        var result = await host.Services.GetRequiredService<IConnectorClient>().SendAsync(reference, reference.CreateMessage("hi"), Ct);

        Assert.IsType<SendResult.Failed>(result);
        Assert.Empty(connector.Received);
    }

    [Fact]
    public async Task SendAsync_TrustedServiceUrl_SendsCachedBearerToken()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        LoopbackTokenCredential credential = null!;
        await using var host = await BotHost.StartAsync(issuer.Settings(AppId), s => credential = issuer.AddConnectorCredential(s));
        host.Services.GetRequiredService<TrustedServiceUrls>().Trust(connector.ServiceUrl.AbsoluteUri);
        var reference = Reference(connector);
        var client = host.Services.GetRequiredService<IConnectorClient>();

        await client.SendAsync(reference, reference.CreateMessage("one"), Ct);
        await client.SendAsync(reference, reference.CreateMessage("two"), Ct);

        Assert.All(connector.Received, c => Assert.StartsWith("Bearer ey", c.Authorization, StringComparison.Ordinal));
        Assert.Equal(2, connector.Received.Count);
        Assert.Equal(1, credential.Requests);
    }

    [Fact]
    public async Task SendAsync_ConnectorRefusesToken_RetriesOnceWithNewToken()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        LoopbackTokenCredential credential = null!;
        await using var host = await BotHost.StartAsync(issuer.Settings(AppId), s => credential = issuer.AddConnectorCredential(s));
        host.Services.GetRequiredService<TrustedServiceUrls>().Trust(connector.ServiceUrl.AbsoluteUri);
        var calls = 0;
        connector.Respond = _ => Interlocked.Increment(ref calls) == 1 ? new ConnectorResponse(401) : null;
        var reference = Reference(connector);

        var result = await host.Services.GetRequiredService<IConnectorClient>().SendAsync(reference, reference.CreateMessage("hi"), Ct);

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal([401, 201], connector.Received.Select(c => c.Status));
        Assert.Equal(2, credential.Requests);
    }

    private static ConversationReference Reference(LoopbackConnector connector) =>
        new("msteams", connector.ServiceUrl.AbsoluteUri, new ConversationAccount("a:1"), new ChannelAccount("28:bot"), new ChannelAccount("29:ana"));
}
