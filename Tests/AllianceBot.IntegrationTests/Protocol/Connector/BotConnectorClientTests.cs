using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Protocol.Connector;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Protocol.Connector;

/// <summary>The connector client (with its resilience pipeline) against a real loopback Bot Connector with fault injection.</summary>
public sealed class BotConnectorClientTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Connector:BaseDelay"] = "00:00:00.010",
        ["Connector:MaxRetryAfter"] = "00:00:02",
        ["Connector:MaxRetryAttempts"] = "3",
    };

    private LoopbackConnector connector = null!;
    private BotHost host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IConnectorClient Client => host.Services.GetRequiredService<IConnectorClient>();

    private ConversationReference Reference => new(
        "msteams", connector.ServiceUrl.AbsoluteUri, new ConversationAccount("a:1;x|y") { TenantId = "tenant-7" },
        new ChannelAccount("28:bot", "Bot"), new ChannelAccount("29:ana", "Ana"));

    public async ValueTask InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        host = await BotHost.StartAsync(FastRetries);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_NewMessage_PostsToConversationAndReturnsId()
    {
        var result = await Client.SendAsync(Reference, Reference.CreateMessage("digest"), Ct);

        var call = Assert.Single(connector.Received);
        Assert.IsType<SendResult.Sent>(result);
        Assert.StartsWith("activity-", ((SendResult.Sent)result).ActivityId, StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/a%3A1%3Bx%7Cy/activities", call.RawPath);
        Assert.Equal("digest", call.Text);
        Assert.Equal("29:ana", call.Body!.Value.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterThenSuccess_RetriesAndSends()
    {
        var calls = 0;
        connector.Respond = _ => Interlocked.Increment(ref calls) == 1 ? new ConnectorResponse(429, TimeSpan.FromSeconds(1)) : null;

        var result = await Client.SendAsync(Reference, Reference.CreateMessage("hi"), Ct);

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal([429, 201], connector.Received.Select(c => c.Status));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task SendAsync_TransientFailureThenSuccess_RetriesAndSends(int status)
    {
        var calls = 0;
        connector.Respond = _ => Interlocked.Increment(ref calls) == 1 ? new ConnectorResponse(status) : null;

        var result = await Client.SendAsync(Reference, Reference.CreateMessage("hi"), Ct);

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal([status, 201], connector.Received.Select(c => c.Status));
    }

    [Fact]
    public async Task SendAsync_Persistent502_FailsAfterBoundedAttempts()
    {
        connector.Respond = _ => new ConnectorResponse(502);

        var result = await Client.SendAsync(Reference, Reference.CreateMessage("hi"), Ct);

        Assert.Equal(new SendResult.Failed(502, "Bad Gateway"), result);
        Assert.Equal(4, connector.Received.Count);
    }

    [Fact]
    public async Task SendAsync_NoRetriesConfigured_Sends502OnceAndFails()
    {
        await using var noRetries = await BotHost.StartAsync(new Dictionary<string, string?>(FastRetries) { ["Connector:MaxRetryAttempts"] = "0" });
        connector.Respond = _ => new ConnectorResponse(502);

        var result = await noRetries.Services.GetRequiredService<IConnectorClient>().SendAsync(Reference, Reference.CreateMessage("hi"), Ct);

        Assert.Equal(new SendResult.Failed(502, "Bad Gateway"), result);
        Assert.Single(connector.Received);
    }

    [Fact]
    public async Task SendAsync_Persistent429_ReturnsThrottledAfterBoundedAttempts()
    {
        connector.Respond = _ => new ConnectorResponse(429, TimeSpan.FromSeconds(1));

        var result = await Client.SendAsync(Reference, Reference.CreateMessage("hi"), Ct);

        Assert.Equal(new SendResult.Throttled(TimeSpan.FromSeconds(1)), result);
        Assert.Equal(4, connector.Received.Count);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterBeyondCap_ReturnsThrottledWithoutWaiting()
    {
        connector.Respond = _ => new ConnectorResponse(429, TimeSpan.FromSeconds(120));

        var result = await Client.SendAsync(Reference, Reference.CreateMessage("hi"), Ct);

        Assert.Equal(new SendResult.Throttled(TimeSpan.FromSeconds(120)), result);
        Assert.Single(connector.Received);
    }

    [Theory]
    [InlineData(403, """{"error":{"code":"ConversationBlockedByUser","message":"blocked"}}""", "ConversationBlockedByUser")]
    [InlineData(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}""", "ConversationNotFound")]
    [InlineData(403, """{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}""", "209")]
    [InlineData(404, null, null)]
    public async Task SendAsync_ForbiddenOrNotFound_ReturnsConversationGoneWithoutRetry(int status, string? body, string? code)
    {
        connector.Respond = _ => new ConnectorResponse(status, Body: body);

        var result = await Client.SendAsync(Reference, Reference.CreateMessage("hi"), Ct);

        Assert.Equal(new SendResult.ConversationGone(status, code), result);
        Assert.Single(connector.Received);
    }

    [Fact]
    public async Task SendAsync_ReplyToId_PostsToActivityPath()
    {
        await Client.SendAsync(Reference, Reference.CreateMessage("re") with { ReplyToId = "1:abc" }, Ct);

        Assert.Equal("/v3/conversations/a%3A1%3Bx%7Cy/activities/1%3Aabc", Assert.Single(connector.Received).RawPath);
    }

    [Fact]
    public async Task UpdateAsync_Activity_PutsToActivityPath()
    {
        var result = await Client.UpdateAsync(Reference, "1:abc", Reference.CreateMessage("new text"), Ct);

        var call = Assert.Single(connector.Received);
        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(("PUT", "/v3/conversations/a%3A1%3Bx%7Cy/activities/1%3Aabc"), (call.Method, call.RawPath));
        Assert.Equal("1:abc", call.Body!.Value.GetProperty("id").GetString());
    }

    [Fact]
    public async Task DeleteAsync_Activity_SendsDelete()
    {
        var result = await Client.DeleteAsync(Reference, "1:abc", Ct);

        var call = Assert.Single(connector.Received);
        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(("DELETE", "/v3/conversations/a%3A1%3Bx%7Cy/activities/1%3Aabc"), (call.Method, call.RawPath));
    }

    [Fact]
    public async Task CreateConversationAsync_TeamsUser_SendsTenantAndReturnsNewReference()
    {
        connector.Respond = c => c.RawPath == "/v3/conversations" ? new ConnectorResponse(201, Body: """{"id":"a:new-1:1"}""") : null;

        var created = await Client.CreateConversationAsync(Reference, new ChannelAccount("29:bob"), Ct);

        var body = Assert.Single(connector.Received).Body!.Value;
        Assert.Equal("a:new-1:1", created!.Conversation.Id);
        Assert.Equal("29:bob", created.User!.Id);
        Assert.Equal("tenant-7", created.Conversation.TenantId);
        Assert.Equal("tenant-7", body.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-7", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("28:bot", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:bob", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
    }

    [Fact]
    public async Task CreateConversationAsync_Refused_ReturnsNull()
    {
        connector.Respond = _ => new ConnectorResponse(403);

        var created = await Client.CreateConversationAsync(Reference, new ChannelAccount("29:bob"), Ct);

        Assert.Null(created);
    }

    [Fact]
    public async Task SendAsync_NoAppId_SendsNoToken()
    {
        await Client.SendAsync(Reference, Reference.CreateMessage("hi"), Ct);

        Assert.Equal(string.Empty, Assert.Single(connector.Received).Authorization);
    }
}
