using System.Text.Json;
using AllianceBot.Bot.Protocol;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Protocol;

/// <summary>End to end: the real Bot host and the real Agents Playground, driven as its web UI drives it.</summary>
public sealed class PlaygroundTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(PlaygroundHost.Teams)]
    [InlineData(PlaygroundHost.Emulator)]
    public async Task SendAsync_Hello_BotRepliesInTheChat(string channelId)
    {
        // The conversation replaces the default handler; this test is about the transport, so it uses the default.
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler, HelpActivityHandler>());
        await using var playground = await PlaygroundHost.StartAsync(new Uri(bot.Address, "api/messages"), channelId, Ct);

        await playground.SendAsync("hello", ct: Ct);
        var reply = await playground.NextBotMessageAsync(ct: Ct);

        Assert.Equal(HelpActivityHandler.HelpText, reply.Text);
        Assert.Equal(playground.Config.PersonalChatId, reply.ConversationId);
    }

    [Fact]
    public async Task SendAsync_Hello_BotReceivesPlaygroundActivityAndRepliesToIt()
    {
        await using var bot = await BotHost.StartAsync();
        await using var playground = await PlaygroundHost.StartAsync(new Uri(bot.Address, "api/messages"), PlaygroundHost.Teams, Ct);

        await playground.SendAsync("hello", ct: Ct);
        var exchanges = await CollectLogAsync(playground, 2);

        var inbound = exchanges.First(e => Activity(e) is { } a && a.GetProperty("type").GetString() == "message" && a.TryGetProperty("serviceUrl", out _));
        var outbound = exchanges.First(e => Activity(e) is { } a && a.TryGetProperty("replyToId", out _));
        Assert.Equal("hello", Activity(inbound)!.Value.GetProperty("text").GetString());
        Assert.Equal(Activity(inbound)!.Value.GetProperty("id").GetString(), Activity(outbound)!.Value.GetProperty("replyToId").GetString());
        Assert.Equal(playground.Config.UserId, Activity(outbound)!.Value.GetProperty("recipient").GetProperty("id").GetString());
    }

    private static JsonElement? Activity(JsonElement logFrame) =>
        logFrame.TryGetProperty("log", out var log) && log.TryGetProperty("request", out var request)
        && request.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object
            ? body
            : null;

    private static async Task<List<JsonElement>> CollectLogAsync(PlaygroundHost playground, int activities)
    {
        var frames = new List<JsonElement>();
        while (frames.Count(f => Activity(f) is not null) < activities)
        {
            frames.Add(await playground.NextLogAsync(ct: Ct));
        }

        return frames;
    }
}
